/**
 * Shared measurements of one network w in the proximal scene: its curve f(x, w) on a grid and the
 * numbers the panel prints beside it (batch loss, FSD, WSD, and what happened off the batch).
 */
import { createWorkspace, forward, loss, type MlpLayout, type Workspace } from '../nn';
import type { ProximalObjective, ProximalTerms, ProximalWeights } from './objective';

export interface Measured {
  /** f(x, w) at the curve grid. */
  readonly f: Float64Array;
  /** Q's terms at w, with Q weighted by this view's λ's. */
  readonly terms: ProximalTerms;
  /** Mean loss on the training points outside the batch. */
  readonly outsideLoss: number;
  /** Mean loss on the points w⁽ᵏ⁾ was trained on (x < SEEN_MAX) that are not in the batch. */
  readonly retainedLoss: number;
}

/** A labelled subset of the training data with its own workspace (null when the subset is empty). */
export interface EvalSet {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly ws: Workspace | null;
}

export function evalSet(layout: MlpLayout, inputs: Float64Array, targets: Float64Array): EvalSet {
  return {
    inputs,
    targets,
    ws: inputs.length > 0 ? createWorkspace(layout, inputs.length / layout.inputDim) : null,
  };
}

/** Mean loss on a set; NaN for an empty set (there is nothing to forget). */
export function setLoss(set: EvalSet, w: Float64Array): number {
  return set.ws ? loss(set.ws, w, set.inputs, set.targets) : NaN;
}

export interface Measurer {
  measure(w: Float64Array, lambdas: ProximalWeights): Measured;
}

export function createMeasurer(
  obj: ProximalObjective,
  curveX: Float64Array,
  outside: EvalSet,
  retained: EvalSet,
): Measurer {
  const wsCurve = createWorkspace(obj.layout, curveX.length);
  return {
    measure(w, lambdas) {
      return {
        f: forward(wsCurve, w, curveX).slice(),
        terms: obj.evaluate(w, lambdas),
        outsideLoss: setLoss(outside, w),
        retainedLoss: setLoss(retained, w),
      };
    },
  };
}
