/**
 * One Hessian-free iteration (Martens 2010, following his HF code;
 * docs/math.md#hessian-free-optimization): full-batch gradient, Gauss-Newton products on a
 * curvature minibatch, damped CG with Martens' stopping rule and a 0.95 warm start, CG-iterate
 * backtracking, the reduction ratio ρ driving the Levenberg–Marquardt damping λ, and an Armijo
 * line search; optionally Martens' diagonal preconditioner inside CG.
 */
import { backtrack, conjugateGradient, MARTENS_EPS, type CgStop, type MatVec } from '../cg';
import { forward, gaussNewtonQuadratic, gaussNewtonVec, loss, lossAndGradient } from '../nn';
import { martensPreconditioner } from './precond';
import { drawBatch, type TrainContext } from './presets';

export const WARM_DECAY = 0.95;
export const ARMIJO_C = 1e-2;
export const ARMIJO_SHRINK = 0.8;
const ARMIJO_TRIES = 60;

/** Levenberg–Marquardt: λ·3/2 when ρ < ¼ (or NaN), λ·2/3 when ρ > ¾, else unchanged. */
export function lmUpdate(lambda: number, rho: number): number {
  if (!(rho >= 0.25)) return lambda * 1.5;
  if (rho > 0.75) return lambda * (2 / 3);
  return lambda;
}

export interface HfIterState {
  params: Float64Array;
  lambda: number;
  /** The previous CG solution (before decay), the warm start's direction. */
  warm: Float64Array;
}

export interface HfIterOptions {
  cgMax: number;
  adaptLambda: boolean;
  /** Precondition CG with Martens' diagonal M (precond.ts); absent or false: plain CG. */
  precondition?: boolean;
}

export interface HfIterStats {
  lossBefore: number;
  lossAfter: number;
  cgIters: number;
  cgStop: CgStop;
  /** The CG iteration backtracking chose. */
  chosenIter: number;
  rho: number;
  /** λ used in this iteration (before the update). */
  lambda: number;
  /** Armijo step t ∈ (0, 1], or 0 when no step was accepted. */
  rate: number;
  mvps: number;
  /** Full-batch gradient evaluations (1) and loss evaluations. */
  grads: number;
  lossEvals: number;
  /** Examples pushed through a pass (data throughput). */
  examples: number;
}

/** Runs one HF iteration in place on `s` (params, λ, warm start); `uniform` draws the batch. */
export function hfIteration(
  ctx: TrainContext,
  s: HfIterState,
  o: HfIterOptions,
  uniform: () => number,
): HfIterStats {
  const { full, batchWs, data, batch } = ctx;
  const n = data.n;
  const P = s.params.length;
  const grad = new Float64Array(P);
  const f0 = lossAndGradient(full, s.params, data.inputs, data.targets, grad);
  drawBatch(ctx, uniform);
  forward(batchWs, s.params, ctx.batchX);
  const lambda = s.lambda;
  let mvps = 0;
  const A: MatVec = (v, out) => {
    gaussNewtonVec(batchWs, s.params, v, out);
    mvps++;
    for (let j = 0; j < P; j++) out[j] += lambda * v[j];
  };
  const x0 = new Float64Array(P);
  for (let j = 0; j < P; j++) x0[j] = WARM_DECAY * s.warm[j];
  // Martens' M costs one more pass over the training set (per-example gradients).
  const M = o.precondition
    ? martensPreconditioner(full, s.params, data.inputs, data.targets, lambda, new Float64Array(P))
    : undefined;
  const cg = conjugateGradient(A, grad, {
    maxIters: Math.min(o.cgMax, P),
    x0,
    martensEps: MARTENS_EPS,
    saveForBacktracking: true,
    ...(M ? { preconditioner: M } : {}),
  });
  s.warm = cg.x;
  let lossEvals = 0;
  const trial = new Float64Array(P);
  const lossAt = (p: Float64Array, t: number) => {
    for (let j = 0; j < P; j++) trial[j] = s.params[j] + t * p[j];
    lossEvals++;
    return loss(full, trial, data.inputs, data.targets);
  };
  const saved = cg.saved!;
  const bt = backtrack(saved, (p) => lossAt(p, 1));
  const p = saved[bt.index].x;
  // ρ uses the undamped model q(p) − q(0) = ½pᵀGp + gᵀp (one more product on the batch).
  forward(batchWs, s.params, ctx.batchX);
  const pGp = gaussNewtonQuadratic(batchWs, s.params, p);
  mvps++;
  let gp = 0;
  for (let j = 0; j < P; j++) gp += grad[j] * p[j];
  const rho = (bt.loss - f0) / (0.5 * pGp + gp);
  if (o.adaptLambda) s.lambda = lmUpdate(lambda, rho);

  // Armijo on f(θ + t p) ≤ f(θ) + c·t·gᵀp, starting from the backtracked point (t = 1).
  let rate = 0;
  let f1 = f0;
  if (gp < 0) {
    let t = 1;
    let ft = bt.loss;
    for (let k = 0; k < ARMIJO_TRIES; k++) {
      if (ft <= f0 + ARMIJO_C * t * gp) {
        rate = t;
        f1 = ft;
        break;
      }
      t *= ARMIJO_SHRINK;
      ft = lossAt(p, t);
    }
  }
  if (rate > 0) for (let j = 0; j < P; j++) s.params[j] += rate * p[j];
  return {
    lossBefore: f0,
    lossAfter: f1,
    cgIters: cg.iterations,
    cgStop: cg.stop,
    chosenIter: saved[bt.index].iter,
    rho,
    lambda,
    rate,
    mvps,
    grads: 1,
    lossEvals,
    // Gradient pass + each loss pass over N, each GN product over B (forward once per product).
    examples: n * (1 + lossEvals + (M ? 1 : 0)) + batch * (mvps + 2),
  };
}
