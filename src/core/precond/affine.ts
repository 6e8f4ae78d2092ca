/**
 * Affine reparameterizations x = A y + c of a 2-D problem, and the problem seen in the new
 * coordinates y. By the chain rule
 *   J̃(y) = J(Ay + c),  ∇J̃ = Aᵀ∇J,  ∇²J̃ = AᵀHA,  G̃ = AᵀGA,  F̃ = AᵀFA,
 * which is all the slides' derivations use (R, b in the preconditioning slides; M, c₀ in the
 * invariance slide).
 */
import { congruence, matTvec, solve } from '../linalg/mat2';
import type { Mat2, Objective2, Vec2 } from '../types';

/** x = A y + c. */
export interface Affine2 {
  A: Mat2;
  c: Vec2;
}

export function applyAffine(T: Affine2, y: Vec2): Vec2 {
  const { A, c } = T;
  return [A[0] * y[0] + A[1] * y[1] + c[0], A[2] * y[0] + A[3] * y[1] + c[1]];
}

/** y = A⁻¹(x − c), or null when A is singular. */
export function invertAffine(T: Affine2, x: Vec2): Vec2 | null {
  return solve(T.A, [x[0] - T.c[0], x[1] - T.c[1]]);
}

/** Maps a flat [y₀₁, y₀₂, y₁₁, …] list of points to x = Ay + c. */
export function mapFlat(T: Affine2, flat: Float64Array): Float64Array {
  const out = new Float64Array(flat.length);
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const p = applyAffine(T, [flat[i], flat[i + 1]]);
    out[i] = p[0];
    out[i + 1] = p[1];
  }
  return out;
}

/**
 * A 2-D problem with the curvature matrices the second-order methods use. gaussNewton and
 * fisher are null where the problem has no Gauss-Newton / Fisher structure (see likelihood.ts).
 */
export interface Problem2 {
  value(w: Vec2): number;
  grad(w: Vec2): Vec2;
  hess(w: Vec2): Mat2;
  gaussNewton: ((w: Vec2) => Mat2) | null;
  fisher: ((w: Vec2) => Mat2) | null;
}

/** The problem as a function of y, with x = Ay + c. */
export function reparameterize(p: Problem2, T: Affine2): Problem2 {
  const at = (y: Vec2) => applyAffine(T, y);
  const pull = (C: ((w: Vec2) => Mat2) | null) =>
    C ? (y: Vec2) => congruence(C(at(y)), T.A) : null;
  return {
    value: (y) => p.value(at(y)),
    grad: (y) => matTvec(T.A, p.grad(at(y))),
    hess: (y) => congruence(p.hess(at(y)), T.A),
    gaussNewton: pull(p.gaussNewton),
    fisher: pull(p.fisher),
  };
}

/** An objective's J, ∇J, H without any Gauss-Newton or Fisher structure. */
export function plainProblem(obj: Pick<Objective2, 'value' | 'grad' | 'hess'>): Problem2 {
  return {
    value: (w) => obj.value(w),
    grad: (w) => obj.grad(w),
    hess: (w) => obj.hess(w),
    gaussNewton: null,
    fisher: null,
  };
}
