/**
 * All 2×2 linear algebra on Vec2 / Mat2 (row-major [a₁₁, a₁₂, a₂₁, a₂₂]): vectors, solves,
 * the symmetric eigen-decomposition and what is built on it (the PD replacement, the inverse
 * square root, condition numbers), products, the congruence RᵀAR and the Cholesky factor.
 *
 * Closed forms rather than a general n×n library: every panel calls these per iterate and per
 * slider tick, and the closed forms make the edge cases (singular, indefinite, diagonal) explicit.
 */
import type { Mat2, Vec2 } from '../types';

const EPS = Number.EPSILON;

export const IDENTITY: Mat2 = [1, 0, 0, 1];

export function add(a: Vec2, b: Vec2): Vec2 {
  return [a[0] + b[0], a[1] + b[1]];
}

export function sub(a: Vec2, b: Vec2): Vec2 {
  return [a[0] - b[0], a[1] - b[1]];
}

export function scale(a: Vec2, s: number): Vec2 {
  return [a[0] * s, a[1] * s];
}

export function dot(a: Vec2, b: Vec2): number {
  return a[0] * b[0] + a[1] * b[1];
}

/** Euclidean norm; hypot avoids overflow for iterates near the 1e6…1e300 blow-up range. */
export function norm(a: Vec2): number {
  return Math.hypot(a[0], a[1]);
}

export function det(A: Mat2): number {
  return A[0] * A[3] - A[1] * A[2];
}

export function matvec(A: Mat2, v: Vec2): Vec2 {
  return [A[0] * v[0] + A[1] * v[1], A[2] * v[0] + A[3] * v[1]];
}

/** A + ηI: the damped curvature of the proximal/Levenberg–Marquardt step. */
export function addScaledIdentity(A: Mat2, eta: number): Mat2 {
  return [A[0] + eta, A[1], A[2], A[3] + eta];
}

/** vᵀAv. */
export function quadForm(A: Mat2, v: Vec2): number {
  return v[0] * (A[0] * v[0] + A[1] * v[1]) + v[1] * (A[2] * v[0] + A[3] * v[1]);
}

/**
 * True when det(A) cannot be told apart from the rounding error of computing it.
 *
 * ad − bc carries an absolute error of a few ε·(|ad| + |bc|); below that the "inverse" is noise.
 * This is scale-free (A and 1e-9·A agree) and exact diagonal matrices with a tiny entry still
 * count as invertible — their solve is accurate, which matters for the logistic tails.
 */
export function isSingular(A: Mat2): boolean {
  const d = det(A);
  if (!Number.isFinite(d) || d === 0) return true;
  return Math.abs(d) <= 8 * EPS * (Math.abs(A[0] * A[3]) + Math.abs(A[1] * A[2]));
}

export function inverse(A: Mat2): Mat2 | null {
  if (isSingular(A)) return null;
  const d = det(A);
  return [A[3] / d, -A[1] / d, -A[2] / d, A[0] / d];
}

/** x with Ax = b, or null when A is singular (see isSingular). */
export function solve(A: Mat2, b: Vec2): Vec2 | null {
  if (isSingular(A)) return null;
  const d = det(A);
  const x: Vec2 = [(A[3] * b[0] - A[1] * b[1]) / d, (A[0] * b[1] - A[2] * b[0]) / d];
  return Number.isFinite(x[0]) && Number.isFinite(x[1]) ? x : null;
}

/**
 * x = (C + ηI)⁻¹ b: the one damped solve behind damped Newton, the damping path and the damped
 * curvature methods of the Invariance panel. η = 0 is the undamped solve C⁻¹b, with C itself (not
 * C + 0·I). null when C + ηI is singular (η cancels an eigenvalue of C, or C is singular at
 * η = 0): the step is undefined there, and each caller says so in its own words.
 */
export function solveDamped(C: Mat2, eta: number, b: Vec2): Vec2 | null {
  return solve(eta === 0 ? C : addScaledIdentity(C, eta), b);
}

export interface SymEig {
  /** Eigenvalues in ascending order. */
  values: Vec2;
  /** Unit eigenvectors, vectors[i] belongs to values[i]; they are orthogonal. */
  vectors: readonly [Vec2, Vec2];
}

/**
 * Eigen-decomposition of the symmetric part of A.
 *
 * The eigenvector angle comes from atan2, which stays exact when the off-diagonal is 0 or tiny
 * (no division by b). The eigenvalue of larger magnitude is m ± r without cancellation; the
 * other is det/that, so a small eigenvalue next to a large one keeps its relative accuracy
 * (m − r would lose it, e.g. diag(½, 1e-10) in the logistic tails).
 */
export function symEig(A: Mat2): SymEig {
  const a = A[0];
  const d = A[3];
  const b = 0.5 * (A[1] + A[2]);
  const m = 0.5 * (a + d);
  const r = Math.hypot(0.5 * (a - d), b);
  const big = m >= 0 ? m + r : m - r;
  const small = big === 0 ? 0 : (a * d - b * b) / big;
  const hi = Math.max(big, small);
  const lo = Math.min(big, small);
  // Angle of the eigenvector of the larger eigenvalue: tan 2θ = 2b / (a − d).
  const theta = 0.5 * Math.atan2(2 * b, a - d);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return {
    values: [lo, hi],
    vectors: [
      [-s, c],
      [c, s],
    ],
  };
}

/** Q diag(λ) Qᵀ from an eigen-decomposition. */
export function fromEig(values: Vec2, vectors: readonly [Vec2, Vec2]): Mat2 {
  const [u, v] = vectors;
  const [l0, l1] = values;
  const a11 = l0 * u[0] * u[0] + l1 * v[0] * v[0];
  const a12 = l0 * u[0] * u[1] + l1 * v[0] * v[1];
  const a22 = l0 * u[1] * u[1] + l1 * v[1] * v[1];
  return [a11, a12, a12, a22];
}

/** Strictly positive definite (symmetric part), judged by the smaller eigenvalue. */
export function isPD(A: Mat2): boolean {
  return symEig(A).values[0] > 0;
}

/** Defaults for the eigenvalue floor of the PD replacement; see absEigen. */
export const ABS_EIG_REL_FLOOR = 1e-8;
export const ABS_EIG_ABS_FLOOR = 1e-12;

/**
 * The PD replacement |A| = Q max(|Λ|, floor) Qᵀ.
 *
 * Flipping negative curvature keeps the Newton step length in those directions but turns it
 * downhill. The floor keeps |A| invertible at inflection lines (λ = 0): it is relative to the
 * largest |λ| (so the condition number stays ≤ 1/relFloor) with an absolute backstop for A = 0.
 */
export function absEigen(
  A: Mat2,
  relFloor = ABS_EIG_REL_FLOOR,
  absFloor = ABS_EIG_ABS_FLOOR,
): { matrix: Mat2; eig: SymEig } {
  const e = symEig(A);
  const maxAbs = Math.max(Math.abs(e.values[0]), Math.abs(e.values[1]));
  const floor = Math.max(absFloor, relFloor * maxAbs);
  const l0 = Math.max(Math.abs(e.values[0]), floor);
  const l1 = Math.max(Math.abs(e.values[1]), floor);
  // Re-sort: |λ| can reverse the order when the negative eigenvalue dominates.
  const eig: SymEig =
    l0 <= l1
      ? { values: [l0, l1], vectors: e.vectors }
      : { values: [l1, l0], vectors: [e.vectors[1], e.vectors[0]] };
  return { matrix: fromEig(eig.values, eig.vectors), eig };
}

/**
 * x = Q diag(1/λ) Qᵀ b, for a PD matrix given by its eigen-decomposition.
 *
 * Solving in the eigenbasis keeps bᵀx = Σ (qᵢᵀb)²/λᵢ > 0 even when cond ≈ 1e8, so a PD
 * replacement really yields a descent direction in floating point, not only on paper.
 */
export function solveEig(eig: SymEig, b: Vec2): Vec2 {
  const [u, v] = eig.vectors;
  const cu = dot(u, b) / eig.values[0];
  const cv = dot(v, b) / eig.values[1];
  return [cu * u[0] + cv * v[0], cu * u[1] + cv * v[1]];
}

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
