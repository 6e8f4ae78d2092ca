/** Runs without a MethodId (these panels have their own methods) and distances between runs. */
import type { Run2, Vec2 } from '../types';

/** One optimizer run in the format of Run2 (iterates start with the start point). */
export type Trace = Omit<Run2, 'method'>;

export interface Deviation {
  /** max_k ‖a_k − b_k‖ over the iterates both runs have. */
  max: number;
  /** max_k ‖a_k − a_0‖: how far the reference run travelled (for a scale-free comparison). */
  travelled: number;
  /** max / travelled (0 when neither moved). */
  relative: number;
  /** Number of iterates compared (the shorter run's length). */
  compared: number;
}

/**
 * How far apart two trajectories (flat [x₀, y₀, x₁, …]) are, iterate by iterate, over the
 * iterates both have: runs that should coincide may stop one step apart, because their stopping
 * tests (‖∇J‖ < tol) are evaluated in different coordinates.
 */
export function deviation(a: Float64Array, b: Float64Array): Deviation {
  const n = Math.min(a.length, b.length) / 2;
  let max = 0;
  let travelled = 0;
  for (let k = 0; k < n; k++) {
    const d = Math.hypot(a[2 * k] - b[2 * k], a[2 * k + 1] - b[2 * k + 1]);
    if (!(d <= max)) max = d; // NaN propagates
    travelled = Math.max(travelled, Math.hypot(a[2 * k] - a[0], a[2 * k + 1] - a[1]));
  }
  return { max, travelled, relative: travelled > 0 ? max / travelled : max, compared: n };
}

/** Iterate k of a flat list. */
export function iterateAt(flat: Float64Array, k: number): Vec2 {
  return [flat[2 * k], flat[2 * k + 1]];
}
