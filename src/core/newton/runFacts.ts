/**
 * Facts about a run as drawn, for the loss strip and the captions: on which steps the loss went
 * up, and on which of those the step was nevertheless a descent direction — the lecture's point
 * that Newton's method "may not even reduce the cost": ∇JᵀΔw < 0 only promises that a short
 * enough step along Δw lowers J, not the full step.
 */
import type { Run2 } from '../types';

/**
 * A rise counts when it exceeds the rounding of J: J(w_k) − J(w_{k−1}) > 10⁻¹² · max(|J(w_{k−1})|,
 * |J(w_k)|). (At a minimum J stops changing in its last digits; those are not rises to mark.)
 */
export const LOSS_RISE_RTOL = 1e-12;

/**
 * A step is a descent direction when ∇JᵀΔw < −10⁻¹⁰ ‖∇J‖‖Δw‖: clearly negative, so a step almost
 * orthogonal to ∇J is not called one on the strength of rounding.
 */
export const DESCENT_RTOL = 1e-10;

/** Whether the loss rose on step k (1-based: from w_{k−1} to w_k). */
export function lossRoseAt(loss: ArrayLike<number>, k: number): boolean {
  const a = loss[k - 1];
  const b = loss[k];
  return b - a > LOSS_RISE_RTOL * Math.max(Math.abs(a), Math.abs(b));
}

/** Steps k (1-based) on which the loss rose beyond rounding. */
export function lossRiseSteps(run: Pick<Run2, 'loss' | 'steps'>): number[] {
  const out: number[] = [];
  for (let k = 1; k <= run.steps; k++) if (lossRoseAt(run.loss, k)) out.push(k);
  return out;
}

/** Whether step k (1-based) of the run was a descent direction (see DESCENT_RTOL). */
export function descentAt(
  run: Pick<Run2, 'iterates' | 'directional' | 'gradNorm'>,
  k: number,
): boolean {
  const d = run.directional?.[k - 1];
  const g = run.gradNorm?.[k - 1];
  if (d === undefined || g === undefined) return false;
  const its = run.iterates;
  const step = Math.hypot(its[2 * k] - its[2 * k - 2], its[2 * k + 1] - its[2 * k - 1]);
  return d < -DESCENT_RTOL * g * step;
}

/**
 * Steps k (1-based) where Δw was a descent direction (∇J(w_{k−1})ᵀΔw < 0) and yet
 * J(w_k) > J(w_{k−1}): the markers of the loss strip and the caption's "descent direction, yet
 * the loss went up at step k".
 */
export function descentLossUpSteps(
  run: Pick<Run2, 'loss' | 'steps' | 'iterates' | 'directional' | 'gradNorm'>,
): number[] {
  return lossRiseSteps(run).filter((k) => descentAt(run, k));
}
