/**
 * Using the curvature estimate: preconditioned gradient descent w ← w − α C⁻¹ ∇L(w) on the
 * linear model's training loss, with C = diag(Ĝ) (the diagonal PST/EMA estimate: one division
 * per weight) or C = G (the full matrix). On a quadratic with correlated weights the diagonal
 * preconditioner only rescales the axes, so the tilt of G still makes it zig-zag; the full G⁻¹
 * step lands on the minimum in one step (α = 1).
 */
import { createWorkspace, lossAndGradient, type MlpLayout } from '../nn';
import type { Mat2, RunStatus } from '../types';
import { inverse } from '../linalg/mat2';

/** Why a run is 'diverged'. */
export type Divergence =
  /** C has no inverse: the run cannot start (divergedAt 0). */
  | 'singular'
  /** A non-finite loss or ‖w‖ > 10⁶: the run stops there. */
  | 'blow-up'
  /**
   * Quadratic loss only: L(w_k) rose above L(w_0). With e ← (I − αC⁻¹H)e the gap ½eᵀHe is a sum
   * of terms c_i(1 − αλ_i)^{2k}, none of which can grow unless |1 − αλ_i| > 1 for a component
   * that is present, so the gap then grows without bound. The run continues to the last step so
   * the growth shows.
   */
  | 'growth';

export interface PrecondRun {
  status: RunStatus;
  /** (steps + 1) × 2, start first. */
  iterates: Float64Array;
  /** Training loss at each iterate. */
  loss: Float64Array;
  divergedAt: number | null;
  divergence: Divergence | null;
}

export interface PrecondOptions {
  layout: MlpLayout;
  inputs: Float64Array;
  targets: Float64Array;
  start: ArrayLike<number>;
  /** The curvature matrix C whose inverse preconditions the gradient. */
  curvature: Mat2;
  lr: number;
  steps: number;
  /** The loss is quadratic in w (Gaussian output): a loss above the start proves divergence. */
  quadratic?: boolean;
}

const BLOW_UP = 1e6;
/** A rise of the loss smaller than this (relative) is rounding, not growth. */
const RISE_TOL = 1e-9;

/** Runs preconditioned GD on a 2-parameter model; never throws on divergence. */
export function precondGd(o: PrecondOptions): PrecondRun {
  if (o.layout.paramCount !== 2) throw new RangeError('precondGd needs a 2-parameter model');
  const ws = createWorkspace(o.layout, o.inputs.length / o.layout.inputDim);
  const w = Float64Array.from(o.start);
  const g = new Float64Array(2);
  const iterates = new Float64Array(2 * (o.steps + 1)).fill(NaN);
  const loss = new Float64Array(o.steps + 1).fill(NaN);
  const Cinv = inverse(o.curvature);
  iterates.set(w, 0);
  loss[0] = lossAndGradient(ws, w, o.inputs, o.targets, g);
  const stop = (k: number, divergence: Divergence): PrecondRun => ({
    status: 'diverged',
    iterates,
    loss,
    divergedAt: k,
    divergence,
  });
  if (!Cinv) return stop(0, 'singular');
  let grewAt: number | null = null;
  for (let k = 1; k <= o.steps; k++) {
    const s0 = Cinv[0] * g[0] + Cinv[1] * g[1];
    const s1 = Cinv[2] * g[0] + Cinv[3] * g[1];
    w[0] -= o.lr * s0;
    w[1] -= o.lr * s1;
    iterates.set(w, 2 * k);
    loss[k] = lossAndGradient(ws, w, o.inputs, o.targets, g);
    if (!Number.isFinite(loss[k]) || Math.hypot(w[0], w[1]) > BLOW_UP) return stop(k, 'blow-up');
    if (o.quadratic && grewAt === null && loss[k] > loss[0] + RISE_TOL * Math.abs(loss[0])) {
      grewAt = k;
    }
    if (grewAt === null && Math.hypot(g[0], g[1]) < 1e-12) {
      return {
        status: 'converged',
        iterates: iterates.subarray(0, 2 * k + 2),
        loss: loss.subarray(0, k + 1),
        divergedAt: null,
        divergence: null,
      };
    }
  }
  if (grewAt !== null) return stop(grewAt, 'growth');
  return { status: 'max-steps', iterates, loss, divergedAt: null, divergence: null };
}
