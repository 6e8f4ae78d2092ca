/**
 * The first-order baselines HF is compared with: minibatch SGD and Adam, on minibatches of the
 * same size as HF's curvature batch, from the same initial parameters.
 */
import { lossAndGradient } from '../nn';
import { drawBatch, type TrainContext } from './presets';

import { ADAM_BETA1, ADAM_BETA2, ADAM_EPS } from './choices';
export { ADAM_BETA1, ADAM_BETA2, ADAM_EPS };

export interface AdamState {
  m: Float64Array;
  v: Float64Array;
  t: number;
}

/** One minibatch step; returns the minibatch loss. `adam` null = plain SGD. */
export function firstOrderStep(
  ctx: TrainContext,
  params: Float64Array,
  lr: number,
  adam: AdamState | null,
  uniform: () => number,
  grad: Float64Array,
): number {
  drawBatch(ctx, uniform);
  const l = lossAndGradient(ctx.batchWs, params, ctx.batchX, ctx.batchT, grad);
  if (!adam) {
    for (let j = 0; j < params.length; j++) params[j] -= lr * grad[j];
    return l;
  }
  adam.t++;
  const b1 = 1 - ADAM_BETA1 ** adam.t;
  const b2 = 1 - ADAM_BETA2 ** adam.t;
  for (let j = 0; j < params.length; j++) {
    const g = grad[j];
    adam.m[j] = ADAM_BETA1 * adam.m[j] + (1 - ADAM_BETA1) * g;
    adam.v[j] = ADAM_BETA2 * adam.v[j] + (1 - ADAM_BETA2) * g * g;
    params[j] -= (lr * (adam.m[j] / b1)) / (Math.sqrt(adam.v[j] / b2) + ADAM_EPS);
  }
  return l;
}
