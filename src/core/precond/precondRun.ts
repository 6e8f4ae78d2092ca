/**
 * The slide's derivation, computed both ways:
 *   GD in w̃:   w̃ ← w̃ − α∇J̃(w̃),  ∇J̃(w̃) = Rᵀ∇J(Rw̃ + b),  then w = Rw̃ + b
 *   directly:   w ← w − α RRᵀ∇J(w)
 * Both produce the same iterates up to rounding, for any invertible R and any b.
 */
import { DEFAULT_TOL, runStepper } from '../optimizers2';
import { matvec, solve } from '../linalg2';
import type { Mat2, Objective2, Vec2 } from '../types';
import { invertAffine, mapFlat, plainProblem, reparameterize, type Affine2 } from './affine';
import { matmul, transpose } from './mat2';
import type { Trace } from './trace';

export interface GdOptions {
  /** Learning rate α, the same in both spaces. */
  lr: number;
  maxSteps: number;
  tol?: number;
}

/** R to use at the iterate w (fixed, or following the curvature at w); null when undefined. */
export type RAt = (w: Vec2) => Mat2 | null;

const NO_R = 'R is not defined at this iterate (the curvature is not usable)';

/** Preconditioned GD in the original space: w ← w − α RRᵀ∇J(w). */
export function runPreconditionedGd(
  obj: Pick<Objective2, 'value' | 'grad'>,
  x0: Vec2,
  rAt: RAt,
  opts: GdOptions,
): Trace {
  return runStepper(obj, x0, opts, (w, g) => {
    const R = rAt(w);
    if (!R) return { step: null, reason: NO_R };
    const P = matmul(R, transpose(R));
    const d = matvec(P, g);
    return { step: [-opts.lr * d[0], -opts.lr * d[1]] };
  });
}

/**
 * Plain GD on J̃(w̃) = J(Rw̃ + b) from w̃₀ = R⁻¹(w₀ − b): `tilde` holds the iterates in w̃,
 * `mapped` the same iterates mapped back by w = Rw̃ + b. Null when R is singular.
 */
export function runGdInTilde(
  obj: Pick<Objective2, 'value' | 'grad' | 'hess'>,
  T: Affine2,
  x0: Vec2,
  opts: GdOptions,
): { tilde: Trace; mapped: Float64Array } | null {
  const t0 = invertAffine(T, x0);
  if (!t0) return null;
  const tildeProblem = reparameterize(plainProblem(obj), T);
  const tilde = runStepper(tildeProblem, t0, opts, (_, g) => ({
    step: [-opts.lr * g[0], -opts.lr * g[1]],
  }));
  return { tilde, mapped: mapFlat(T, tilde.iterates) };
}

/**
 * GD in a w̃ space that moves with the iterate (R = R(w_k)): each step transforms to
 * w̃ = R_k⁻¹(w_k − b), takes one GD step on J(R_k w̃ + b) there and maps back. With
 * R_k R_kᵀ = H(w_k)⁻¹ this is Newton's method with step size α.
 */
export function runGdInMovingTilde(
  obj: Pick<Objective2, 'value' | 'grad' | 'hess'>,
  rAt: RAt,
  b: Vec2,
  x0: Vec2,
  opts: GdOptions,
): Trace {
  const base = plainProblem(obj);
  return runStepper(obj, x0, { maxSteps: opts.maxSteps, tol: opts.tol ?? DEFAULT_TOL }, (w) => {
    const R = rAt(w);
    if (!R) return { step: null, reason: NO_R };
    const wt = solve(R, [w[0] - b[0], w[1] - b[1]]);
    if (!wt) return { step: null, reason: 'R is singular at this iterate' };
    const T = { A: R, c: b };
    const gt = reparameterize(base, T).grad(wt);
    const next = matvec(R, [wt[0] - opts.lr * gt[0], wt[1] - opts.lr * gt[1]]);
    return { step: [next[0] + b[0] - w[0], next[1] + b[1] - w[1]] };
  });
}
