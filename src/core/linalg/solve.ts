/**
 * Dense solves: Cholesky for symmetric positive definite systems (the damped curvature blocks),
 * and LU with partial pivoting for general square matrices (the Kronecker explorer lets a student
 * type any A). Both report singularity as null instead of returning infinities.
 */
import { assertSquare, mat, type Mat } from './mat';

/** Lower-triangular L with A = L Lᵀ, or null if A is not (numerically) positive definite. */
export function cholesky(A: Mat): Mat | null {
  assertSquare(A, 'cholesky');
  const n = A.rows;
  const L = mat(n, n);
  const l = L.data;
  for (let j = 0; j < n; j++) {
    let d = A.data[j * n + j];
    for (let k = 0; k < j; k++) d -= l[j * n + k] ** 2;
    if (!(d > 0)) return null;
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A.data[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = s / ljj;
    }
  }
  return L;
}

/** x with L Lᵀ x = b, given the Cholesky factor L. */
export function choleskySolve(L: Mat, b: ArrayLike<number>): Float64Array {
  const n = L.rows;
  if (b.length !== n) throw new RangeError(`choleskySolve: ${n}×${n} system, rhs ${b.length}`);
  const y = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) y[i] -= L.data[i * n + k] * y[k];
    y[i] /= L.data[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) y[i] -= L.data[k * n + i] * y[k];
    y[i] /= L.data[i * n + i];
  }
  return y;
}

export interface LU {
  /** L (unit lower, below the diagonal) and U (on and above) packed in one matrix. */
  readonly lu: Mat;
  readonly perm: Int32Array;
  /** det(A), the product of U's diagonal times the permutation's sign. */
  readonly det: number;
}

/** PA = LU with partial pivoting, or null if a pivot is below tol · max|A| (singular). */
export function luDecompose(A: Mat, tol = 1e-13): LU | null {
  assertSquare(A, 'luDecompose');
  const n = A.rows;
  const a = Float64Array.from(A.data);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  let scale = 0;
  for (const x of a) scale = Math.max(scale, Math.abs(x));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) p = i;
    if (Math.abs(a[p * n + k]) <= tol * scale) return null;
    if (p !== k) {
      for (let j = 0; j < n; j++) [a[k * n + j], a[p * n + j]] = [a[p * n + j], a[k * n + j]];
      [perm[k], perm[p]] = [perm[p], perm[k]];
      det = -det;
    }
    const pivot = a[k * n + k];
    det *= pivot;
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k] /= pivot);
      for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j];
    }
  }
  return { lu: mat(n, n, a), perm, det };
}

export function luSolve({ lu, perm }: LU, b: ArrayLike<number>): Float64Array {
  const n = lu.rows;
  const a = lu.data;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[perm[i]];
    for (let k = 0; k < i; k++) s -= a[i * n + k] * x[k];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) x[i] -= a[i * n + k] * x[k];
    x[i] /= a[i * n + i];
  }
  return x;
}

/** A⁻¹, or null if A is singular. */
export function inverse(A: Mat): Mat | null {
  const f = luDecompose(A);
  if (!f) return null;
  const n = A.rows;
  const inv = mat(n, n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    const col = luSolve(f, e);
    for (let i = 0; i < n; i++) inv.data[i * n + j] = col[i];
  }
  return inv;
}
