/**
 * 2×2 matrix helpers the preconditioning and invariance panels need on top of linalg2.ts
 * (row-major Mat2 = [a₁₁, a₁₂, a₂₁, a₂₂]): products, transposes, the congruence RᵀAR, the
 * Cholesky factor, the symmetric inverse square root and the condition number.
 */
import { fromEig, symEig } from '../linalg2';
import type { Mat2, Vec2 } from '../types';

export function matmul(A: Mat2, B: Mat2): Mat2 {
  return [
    A[0] * B[0] + A[1] * B[2],
    A[0] * B[1] + A[1] * B[3],
    A[2] * B[0] + A[3] * B[2],
    A[2] * B[1] + A[3] * B[3],
  ];
}

export function transpose(A: Mat2): Mat2 {
  return [A[0], A[2], A[1], A[3]];
}

/** Aᵀv without forming Aᵀ. */
export function matTvec(A: Mat2, v: Vec2): Vec2 {
  return [A[0] * v[0] + A[2] * v[1], A[1] * v[0] + A[3] * v[1]];
}

/** RᵀAR: the Hessian of J(Rw̃ + b) when A is the Hessian of J (the slide's H̃). */
export function congruence(A: Mat2, R: Mat2): Mat2 {
  return matmul(transpose(R), matmul(A, R));
}

/** The matrix with columns c₁, c₂ (the panels let students drag columns). */
export function fromColumns(c1: Vec2, c2: Vec2): Mat2 {
  return [c1[0], c2[0], c1[1], c2[1]];
}

export function columns(A: Mat2): [Vec2, Vec2] {
  return [
    [A[0], A[2]],
    [A[1], A[3]],
  ];
}

/**
 * Lower-triangular L with LLᵀ = A for a symmetric positive definite A, or null when A is not
 * numerically positive definite (a pivot ≤ 0).
 */
export function cholesky(A: Mat2): Mat2 | null {
  if (!(A[0] > 0)) return null;
  const l11 = Math.sqrt(A[0]);
  const l21 = (0.5 * (A[1] + A[2])) / l11;
  const p = A[3] - l21 * l21;
  if (!(p > 0)) return null;
  return [l11, 0, l21, Math.sqrt(p)];
}

/**
 * A^{−1/2} = Q D^{−1/2} Qᵀ for a symmetric positive definite A (the slide's matrix square root),
 * or null when an eigenvalue is not positive.
 */
export function invSqrtSym(A: Mat2): Mat2 | null {
  const e = symEig(A);
  if (!(e.values[0] > 0)) return null;
  return fromEig([1 / Math.sqrt(e.values[0]), 1 / Math.sqrt(e.values[1])], e.vectors);
}

/**
 * Condition number ν_max/ν_min of a symmetric matrix, or null when it is not positive definite
 * (then the condition number of the optimization problem is undefined).
 */
export function condPD(A: Mat2): number | null {
  const [lo, hi] = symEig(A).values;
  return lo > 0 ? hi / lo : null;
}

/** Singular values σ₁ ≥ σ₂ ≥ 0 of a general 2×2 matrix (square roots of the eigenvalues of AᵀA). */
export function singularValues(A: Mat2): Vec2 {
  const [lo, hi] = symEig(matmul(transpose(A), A)).values;
  return [Math.sqrt(Math.max(hi, 0)), Math.sqrt(Math.max(lo, 0))];
}
