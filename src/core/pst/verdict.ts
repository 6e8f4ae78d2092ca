/**
 * What a preconditioned GD run of the panel did, as the predicates its caption is built from:
 * the loss gaps, the growth factor of a diverging run, whether α is above the stable bound, and
 * whether the steps zig-zag. Pure functions of the run and the numbers it was computed with.
 */
import type { PrecondRun } from './precondGd';

export type GdOutcome =
  /** The curvature matrix has no inverse: the run never started. */
  | 'singular'
  /** Non-finite loss or ‖w‖ > 10⁶ at step `at`. */
  | 'blew-up'
  /** Quadratic loss above its start from step `at` on: provably growing without bound. */
  | 'growing'
  /** ‖∇L‖ < 10⁻¹² at the last step. */
  | 'converged'
  /** Stopped at the step limit with the gap below its start and α below the stable bound. */
  | 'decreasing'
  /** Stopped at the step limit with the gap below its start but α above the stable bound. */
  | 'unstable'
  /** Non-quadratic loss whose gap ended above its start without blowing up. */
  | 'rising';

export interface GdVerdict {
  outcome: GdOutcome;
  /** Steps taken (the last stored iterate). */
  steps: number;
  /** The step at which divergence was established ('blew-up', 'growing'). */
  at: number | null;
  /** Loss gaps L − L* at the start and at the last finite step (≥ 0). */
  gap0: number;
  gapEnd: number;
  /** gap(K)/gap(K − span) over the last `span` ≤ 5 steps, for a growing run. */
  growth: number | null;
  span: number;
  /** α > 2/λ_max of the preconditioned curvature at the minimum (false when unknown). */
  aboveBound: boolean;
}

/** The loss gap of step k, floored at 0 (a gap at rounding level can be slightly negative). */
export function gapAt(run: PrecondRun, lossMin: number, k: number): number {
  return Math.max(0, run.loss[k] - lossMin);
}

/** The last step whose loss is finite. */
function lastFinite(run: PrecondRun): number {
  let k = run.loss.length - 1;
  while (k > 0 && !Number.isFinite(run.loss[k])) k--;
  return k;
}

export function gdVerdict(
  run: PrecondRun,
  lossMin: number,
  lr: number,
  bound: number | null,
  quadratic: boolean,
): GdVerdict {
  const K = lastFinite(run);
  const gap0 = gapAt(run, lossMin, 0);
  const gapEnd = gapAt(run, lossMin, K);
  const aboveBound = bound !== null && lr > bound;
  const span = Math.min(5, K);
  const base = { steps: K, at: run.divergedAt, gap0, gapEnd, growth: null, span, aboveBound };
  if (run.divergence === 'singular') return { ...base, steps: 0, outcome: 'singular' };
  if (run.divergence === 'blow-up') return { ...base, outcome: 'blew-up' };
  if (run.divergence === 'growth') {
    const before = gapAt(run, lossMin, K - span);
    return { ...base, outcome: 'growing', growth: before > 0 ? gapEnd / before : null };
  }
  if (run.status === 'converged') return { ...base, outcome: 'converged' };
  if (!quadratic && gapEnd > gap0) return { ...base, outcome: 'rising' };
  return { ...base, outcome: aboveBound ? 'unstable' : 'decreasing' };
}

/**
 * How often the step direction reverses: the number of consecutive step pairs with
 * s_k · s_{k+1} < 0, out of the pairs of finite steps. Steps shorter than 10⁻⁹ of the first are
 * rounding noise near the minimum, and are not counted.
 */
export function reversals(run: PrecondRun): { reversed: number; pairs: number } {
  const it = run.iterates;
  const n = Math.floor(it.length / 2);
  const step = (k: number): [number, number] => [
    it[2 * k + 2] - it[2 * k],
    it[2 * k + 3] - it[2 * k + 1],
  ];
  const tiny = n > 1 ? 1e-9 * Math.hypot(...step(0)) : 0;
  let reversed = 0;
  let pairs = 0;
  for (let k = 0; k + 2 < n; k++) {
    const a = step(k);
    const b = step(k + 1);
    const d = a[0] * b[0] + a[1] * b[1];
    if (!Number.isFinite(d) || Math.hypot(...b) <= tiny) break;
    pairs++;
    if (d < 0) reversed++;
  }
  return { reversed, pairs };
}

/** The correlation ρ = C₁₂/√(C₁₁C₂₂) of a 2×2 curvature: the tilt that a diagonal ignores. */
export function correlation(C: readonly number[]): number {
  return C[1] / Math.sqrt(C[0] * C[3]);
}
