/**
 * Cycling: a run that has neither converged nor diverged when its step budget runs out, but whose
 * iterates keep coming back to where they were p ≥ 2 steps earlier while each single step stays
 * long. Damped Newton on the logistic example does this for η < η* from far starts
 * (docs/math.md#the-logistic-example): the coordinates bounce between ±x for ever, and "has not
 * converged" alone would suggest that more steps would help.
 *
 * The test is on the tail of the run as drawn, so the panel's sentence ("for the last m steps the
 * iterates came back within 1% of a step every p steps") is exactly what was measured.
 */
import type { CycleInfo } from '../types';

/** The iterates must return within this fraction of the shortest step in the window. */
export const CYCLE_RTOL = 0.01;
/** The longest period looked for. */
export const CYCLE_MAX_PERIOD = 8;
/** The repetition must hold over at least this many steps … */
export const CYCLE_MIN_WINDOW = 12;
/** … and over at least this many periods. */
export const CYCLE_MIN_PERIODS = 3;
/**
 * Steps shorter than this times (1 + ‖w‖) are converging, not cycling (a tail that merely jitters
 * in the last digits would otherwise look periodic).
 */
export const CYCLE_MIN_STEP_RTOL = 1e-9;

/** The window of final steps on which period p is tested. */
export function cycleWindow(period: number): number {
  return Math.max(CYCLE_MIN_WINDOW, CYCLE_MIN_PERIODS * period);
}

const dist = (its: ArrayLike<number>, i: number, j: number) =>
  Math.hypot(its[2 * i] - its[2 * j], its[2 * i + 1] - its[2 * j + 1]);

/** max ‖w_{k+p} − w_k‖ / min ‖w_{k+1} − w_k‖ over the last `span` steps (∞ if a step is tiny). */
export function tailCloseness(
  its: ArrayLike<number>,
  steps: number,
  period: number,
  span: number,
): number {
  const from = steps - span;
  let shortest = Infinity;
  for (let k = from; k < steps; k++) {
    const s = dist(its, k, k + 1);
    const scale = 1 + Math.hypot(its[2 * k], its[2 * k + 1]);
    if (!(s > CYCLE_MIN_STEP_RTOL * scale)) return Infinity;
    shortest = Math.min(shortest, s);
  }
  let back = 0;
  for (let k = from; k + period <= steps; k++) back = Math.max(back, dist(its, k, k + period));
  return back / shortest;
}

/**
 * The smallest period p ∈ [2, CYCLE_MAX_PERIOD] for which, over the last cycleWindow(p) steps,
 * every iterate is within CYCLE_RTOL of the shortest step of where it was p steps earlier; null
 * when there is none or the run is too short to tell. `its` is flat [x₀, y₀, x₁, y₁, …].
 */
export function detectCycle(its: ArrayLike<number>, steps: number): CycleInfo | null {
  for (let period = 2; period <= CYCLE_MAX_PERIOD; period++) {
    const span = cycleWindow(period);
    if (span > steps) break;
    const closeness = tailCloseness(its, steps, period, span);
    if (closeness <= CYCLE_RTOL) return { period, window: span, closeness };
  }
  return null;
}
