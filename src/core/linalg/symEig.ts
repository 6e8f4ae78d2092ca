/**
 * Eigendecomposition of a small dense symmetric matrix by the cyclic Jacobi method: slow
 * (O(n³) per sweep, ~10 sweeps) but unconditionally stable, accurate to rounding in every
 * eigenvalue including the tiny ones, and it returns orthonormal eigenvectors — exactly what
 * K-FAC's exact Tikhonov solve and the panels' spectra need for n up to a few hundred.
 */
import { assertSquare, mat, type Mat } from './mat';

export interface SymEig {
  /** Eigenvalues, ascending. */
  readonly values: Float64Array;
  /** Q with the unit eigenvector of values[k] in column k, so A = Q diag(values) Qᵀ. */
  readonly vectors: Mat;
}

export function symEig(A: Mat, maxSweeps = 60): SymEig {
  assertSquare(A, 'symEig');
  const n = A.rows;
  const a = Float64Array.from(A.data);
  // Work on the symmetric part so a rounding-level asymmetry cannot stall convergence.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = 0.5 * (a[i * n + j] + a[j * n + i]);
      a[i * n + j] = s;
      a[j * n + i] = s;
    }
  }
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += a[i * n + i] ** 2;
      for (let j = i + 1; j < n; j++) off += a[i * n + j] ** 2;
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let r = p + 1; r < n; r++) rotate(a, q, n, p, r);
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[x * n + x] - a[y * n + y]);
  const values = new Float64Array(n);
  const vectors = mat(n, n);
  order.forEach((src, k) => {
    values[k] = a[src * n + src];
    for (let i = 0; i < n; i++) vectors.data[i * n + k] = q[i * n + src];
  });
  return { values, vectors };
}

/** One Jacobi rotation zeroing a[p][r] (Golub & Van Loan, Alg. 8.5.1), accumulated into q. */
function rotate(a: Float64Array, q: Float64Array, n: number, p: number, r: number): void {
  const apr = a[p * n + r];
  if (apr === 0) return;
  const theta = (a[r * n + r] - a[p * n + p]) / (2 * apr);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p];
    const akr = a[k * n + r];
    a[k * n + p] = c * akp - s * akr;
    a[k * n + r] = s * akp + c * akr;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k];
    const ark = a[r * n + k];
    a[p * n + k] = c * apk - s * ark;
    a[r * n + k] = s * apk + c * ark;
  }
  for (let k = 0; k < n; k++) {
    const qkp = q[k * n + p];
    const qkr = q[k * n + r];
    q[k * n + p] = c * qkp - s * qkr;
    q[k * n + r] = s * qkp + c * qkr;
  }
}
