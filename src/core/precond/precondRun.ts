/**
 * The slide's derivation, computed both ways:
 *   GD in w̃:   w̃ ← w̃ − α∇J̃(w̃),  ∇J̃(w̃) = Rᵀ∇J(Rw̃ + b),  then w = Rw̃ + b
 *   directly:   w ← w − α RRᵀ∇J(w)
 * Both produce the same iterates up to rounding, for any invertible R and any b.
 */
import { DEFAULT_TOL, runStepper } from '../newton/methods';
import { matmul, matTvec, matvec, solve, transpose } from '../linalg/mat2';
import type { Mat2, Objective2, Vec2 } from '../types';
import {
  invertAffine,
  mapFlat,
  plainProblem,
  reparameterize,
  type Affine2,
  type Problem2,
} from './affine';
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

/**
 * Preconditioned GD in the original space: w ← w − α RRᵀ∇J(w).
 *
 * It stops when ‖Rᵀ∇J‖ < tol: that is ‖∇J̃‖, the test GD in w̃ uses, so both routes stop at the
 * same iterate (for RRᵀ = H⁻¹ it is the Newton decrement √(∇JᵀH⁻¹∇J)).
 */
export function runPreconditionedGd(
  obj: Pick<Objective2, 'value' | 'grad'>,
  x0: Vec2,
  rAt: RAt,
  opts: GdOptions,
): Trace {
  // runStepper evaluates grad(w) and then the step at the same w: compute R and ∇J once.
  let last: { w: Vec2; R: Mat2 | null; g: Vec2 } | null = null;
  const at = (w: Vec2) => {
    if (last?.w !== w) last = { w, R: rAt(w), g: obj.grad(w) };
    return last;
  };
  const view = {
    value: (w: Vec2) => obj.value(w),
    grad: (w: Vec2): Vec2 => {
      const { R, g } = at(w);
      return R ? matTvec(R, g) : g;
    },
  };
  return runStepper(view, x0, opts, (w) => {
    const { R, g } = at(w);
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
 * One GD step taken in w̃ = R⁻¹(w − b) and mapped back: R(w̃ − α∇J̃(w̃)) + b. Null when R is
 * singular.
 */
export function tildeStep(base: Problem2, R: Mat2, b: Vec2, w: Vec2, lr: number): Vec2 | null {
  const wt = solve(R, [w[0] - b[0], w[1] - b[1]]);
  if (!wt) return null;
  const gt = reparameterize(base, { A: R, c: b }).grad(wt);
  const next = matvec(R, [wt[0] - lr * gt[0], wt[1] - lr * gt[1]]);
  return [next[0] + b[0], next[1] + b[1]];
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
    const next = tildeStep(base, R, b, w, opts.lr);
    if (!next) return { step: null, reason: 'R is singular at this iterate' };
    return { step: [next[0] - w[0], next[1] - w[1]] };
  });
}

/**
 * The identity step by step: from each iterate w_k of the direct run, one step through w̃ lands
 * on w_{k+1} to rounding. Unlike the distance between whole trajectories, this stays at rounding
 * level even where GD is unstable and amplifies tiny differences from step to step.
 */
export function maxStepMismatch(
  obj: Pick<Objective2, 'value' | 'grad' | 'hess'>,
  direct: Trace,
  rAt: RAt,
  b: Vec2,
  lr: number,
): number {
  const base = plainProblem(obj);
  const its = direct.iterates;
  let m = 0;
  for (let k = 0; k < direct.steps; k++) {
    const w: Vec2 = [its[2 * k], its[2 * k + 1]];
    const R = rAt(w);
    const next = R && tildeStep(base, R, b, w, lr);
    if (!next) continue;
    const d = Math.hypot(next[0] - its[2 * k + 2], next[1] - its[2 * k + 3]);
    m = Math.max(m, d / (1 + Math.hypot(its[2 * k + 2], its[2 * k + 3])));
  }
  return m;
}
