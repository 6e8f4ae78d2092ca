/**
 * The cobweb view of the logistic example (docs/math.md#the-logistic-example): J is a sum over
 * coordinates, so every Newton variant moves each coordinate by the same 1-D map. The staircase
 * (x_k, x_k) → (x_k, x_{k+1}) → (x_{k+1}, x_{k+1}) shows the iteration; where the map meets the
 * line y = −x it sends x to −x, a symmetric 2-cycle.
 */
import {
  dampedNewtonMapLogistic,
  LOGISTIC_DAMPED_TWO_CYCLE_ETA,
  LOGISTIC_NEWTON_THRESHOLD,
  logisticTwoCycles,
  newtonMapLogistic,
} from './logistic1d';
import type { Vec2 } from '../types';

export interface Cobweb {
  /** Which start coordinate the staircase follows (the one farther from 0). */
  coordinate: 0 | 1;
  eta: number;
  /** Which map the staircase iterates: the analysed method's (damped only when η > 0). */
  follows: 'undamped' | 'damped';
  /** x₀, x₁, … of that map, stopped where it leaves ±STAIRCASE_LIMIT or reaches a fixed point. */
  staircase: Float64Array;
  /** The damped map's symmetric 2-cycles ±inner, ±outer (null for η ≥ η*). */
  cycles: { inner: number; outer: number } | null;
  /** Undamped Newton's 2-cycle ±x*. */
  threshold: number;
  etaStar: number;
  /** Half-width of a view that holds the start, the staircase (to ±extentCap) and x*. */
  extent: number;
  /** Half-width of a view of the minimum's neighbourhood: the start, x*, the inner cycle. */
  nearExtent: number;
}

/** The staircase is cut where |x| passes this; it can only matter beyond the plotted extent. */
export const STAIRCASE_LIMIT = 1e6;

/** The 1-D map of a coordinate: damped Newton at η, undamped Newton at η = 0. */
export function coordinateMap(eta: number): (x: number) => number {
  return eta === 0 ? newtonMapLogistic : (x) => dampedNewtonMapLogistic(x, eta);
}

/**
 * The cobweb of the coordinate of x0 farther from 0, for `steps` steps of the undamped map or of
 * the damped map at η (`follow`: the analysed method's; damped falls back to undamped at η = 0).
 */
export function logisticCobweb(
  x0: Vec2,
  eta: number,
  steps: number,
  follow: 'undamped' | 'damped' = 'damped',
): Cobweb {
  const coordinate = Math.abs(x0[1]) > Math.abs(x0[0]) ? 1 : 0;
  const follows = follow === 'damped' && eta > 0 ? 'damped' : 'undamped';
  const f = coordinateMap(follows === 'damped' ? eta : 0);
  const xs = [x0[coordinate]];
  for (let k = 0; k < steps; k++) {
    const next = f(xs[k]);
    if (!Number.isFinite(next) || Math.abs(next) > STAIRCASE_LIMIT) break;
    xs.push(next);
    if (next === xs[k]) break;
  }
  const cycles = logisticTwoCycles(eta);
  // Near view: the start, x*, the inner cycle, and the first steps that stay within twice those
  // (so an escape shows its first few growing swings).
  const core = Math.max(Math.abs(xs[0]), LOGISTIC_NEWTON_THRESHOLD, cycles?.inner ?? 0, 2);
  let swings = core;
  for (const x of xs) if (Math.abs(x) <= 2 * core) swings = Math.max(swings, Math.abs(x));
  const nearExtent = 1.15 * swings;
  // A far view shows the whole staircase, but not the runaway of undamped Newton (which leaves
  // every view within a few steps): iterates past the cap are simply drawn off the plot.
  const cap = Math.max(60, follows === 'damped' ? 1.5 / eta : 0);
  let far = 0;
  for (const x of xs) if (Math.abs(x) <= cap) far = Math.max(far, Math.abs(x));
  return {
    coordinate,
    eta,
    follows,
    staircase: Float64Array.from(xs),
    cycles,
    threshold: LOGISTIC_NEWTON_THRESHOLD,
    etaStar: LOGISTIC_DAMPED_TWO_CYCLE_ETA,
    extent: Math.max(nearExtent, 1.08 * far),
    nearExtent,
  };
}

/** The undamped and damped maps sampled on [−r, r] for drawing (n + 1 points each). */
export function sampleMaps(
  eta: number,
  r: number,
  n = 400,
): { x: Float64Array; newton: Float64Array; damped: Float64Array } {
  const x = new Float64Array(n + 1);
  const newton = new Float64Array(n + 1);
  const damped = new Float64Array(n + 1);
  const f = coordinateMap(eta);
  for (let i = 0; i <= n; i++) {
    x[i] = -r + (2 * r * i) / n;
    newton[i] = newtonMapLogistic(x[i]);
    damped[i] = f(x[i]);
  }
  return { x, newton, damped };
}
