/**
 * "Predict, then reveal": a student marks where the next iterate of a run will land, then the
 * true iterate is shown. The numbers the panels state about such a prediction are computed here,
 * from the run the panel draws (docs/panels/newton.md#predict-then-reveal).
 */
import type { RunStatus, Vec2 } from '../types';

/** The step being predicted: from iterate k to iterate k + 1 of a run. */
export interface PredictStep {
  k: number;
  /** w⁽ᵏ⁾, the last iterate shown. */
  from: Vec2;
  /**
   * w⁽ᵏ⁺¹⁾, or null when the run has no usable iterate k + 1: it stopped at k (converged,
   * out of steps) or its next iterate was not finite (diverged there).
   */
  to: Vec2 | null;
}

/**
 * Iterate k + 1 of a run's flat iterates [x₀, y₀, x₁, …] and the iterate k it starts from; k is
 * clamped to the run. `to` is null when the run ends at k or iterate k + 1 is not finite.
 */
export function stepAt(iterates: Float64Array, k: number): PredictStep {
  const last = iterates.length / 2 - 1;
  const kk = Math.max(0, Math.min(Math.floor(k), last));
  const from: Vec2 = [iterates[2 * kk], iterates[2 * kk + 1]];
  if (kk >= last) return { k: kk, from, to: null };
  const to: Vec2 = [iterates[2 * kk + 2], iterates[2 * kk + 3]];
  return { k: kk, from, to: Number.isFinite(to[0]) && Number.isFinite(to[1]) ? to : null };
}

export interface PredictionError {
  /** d = ‖ŵ − w⁽ᵏ⁺¹⁾‖, the distance between the prediction and the true iterate. */
  distance: number;
  /** ‖w⁽ᵏ⁺¹⁾ − w⁽ᵏ⁾‖, the length of the step being predicted. */
  stepLength: number;
  /** d in units of the step length, d / ‖w⁽ᵏ⁺¹⁾ − w⁽ᵏ⁾‖; null when the step has zero length. */
  inSteps: number | null;
}

/** How far the prediction `guess` is from the true next iterate, absolutely and per step length. */
export function predictionError(guess: Vec2, step: { from: Vec2; to: Vec2 }): PredictionError {
  const distance = Math.hypot(guess[0] - step.to[0], guess[1] - step.to[1]);
  const stepLength = Math.hypot(step.to[0] - step.from[0], step.to[1] - step.from[1]);
  return { distance, stepLength, inSteps: stepLength > 0 ? distance / stepLength : null };
}

/** A run's ending as the yes/no question needs it (Run2 and the precond traces have these). */
export interface RunEnding {
  status: RunStatus;
  steps: number;
  divergedAt?: number;
}

export type Answer = 'yes' | 'no';

/**
 * Whether "yes, it will converge" / "no, it won't" was right: null while the run neither
 * converged nor diverged within its steps (the question stays open).
 */
export function answerIsRight(answer: Answer, run: RunEnding): boolean | null {
  if (run.status === 'max-steps') return null;
  return (answer === 'yes') === (run.status === 'converged');
}
