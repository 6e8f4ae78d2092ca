/**
 * The Kronecker explorer's live checks (lecture, "Kronecker Product" slides): for square A (m×m),
 * B (n×n) and X (m×n), compute both sides of every identity and how far apart they are. All of it
 * is a few dozen multiply-adds for the explorer's 2×2/3×3 matrices, so the panel runs it on the
 * main thread.
 */
import {
  inverse,
  isSymmetric,
  luDecompose,
  matMul,
  matVec,
  maxAbsDiff,
  symEig,
  trace,
  transpose,
  type Mat,
} from '../linalg';
import { kron, kronVec, vec } from './kron';

export interface IdentityCheck {
  /** Largest |lhs − rhs| over all entries. */
  readonly maxDiff: number;
  /**
   * The size of the numbers the two sides were computed from (e.g. |A|·|X|·|B| for vec(AXB)), so
   * rounding can be told from a real difference: see `holds`.
   */
  readonly scale: number;
}

/** Rounding-level agreement: |lhs − rhs| ≤ 10⁻¹¹ · max(1, scale) (the checks use ≤ 9×9 matrices). */
export function holds(c: IdentityCheck): boolean {
  return c.maxDiff <= 1e-11 * Math.max(1, c.scale);
}

const maxAbs = (a: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
};

export interface EigenCheck {
  /** Eigenvalues λ_i of A and ν_j of B, ascending. */
  readonly lambda: Float64Array;
  readonly nu: Float64Array;
  /** All products λ_i ν_j (i-major), and the same sorted ascending. */
  readonly products: Float64Array;
  readonly productsSorted: Float64Array;
  /** Eigenvalues of A ⊗ B computed directly, ascending. */
  readonly kronEigenvalues: Float64Array;
  readonly maxDiff: number;
  /** max over (i, j) of ‖(A⊗B)(r_i⊗s_j) − λ_i ν_j (r_i⊗s_j)‖. */
  readonly vectorResidual: number;
  /** max |(A ⊗ B)_ij| · dim: the scale both differences are measured against. */
  readonly scale: number;
}

export interface KronChecks {
  readonly K: Mat;
  readonly vecX: Float64Array;
  readonly AXB: Mat;
  /** vec(A X B) and (Bᵀ ⊗ A) vec(X). */
  readonly vecLhs: Float64Array;
  readonly vecRhs: Float64Array;
  readonly vecIdentity: IdentityCheck;
  /** (A⊗B)(Aᵀ⊗Bᵀ) = (AAᵀ) ⊗ (BBᵀ). */
  readonly mixedProduct: IdentityCheck;
  /** (A⊗B)ᵀ = Aᵀ ⊗ Bᵀ. */
  readonly transpose: IdentityCheck;
  /** tr(A⊗B) = tr A · tr B. */
  readonly trace: { readonly lhs: number; readonly rhs: number } & IdentityCheck;
  readonly detA: number;
  readonly detB: number;
  /** (A⊗B)⁻¹ = A⁻¹ ⊗ B⁻¹, or why it does not apply. */
  readonly inverse:
    | ({ readonly ok: true; readonly inverse: Mat } & IdentityCheck)
    | {
        readonly ok: false;
        readonly reason: string;
      };
  /** Eigen-structure, for symmetric A and B (real eigenvalues, orthonormal eigenvectors). */
  readonly eigen:
    ({ readonly ok: true } & EigenCheck) | { readonly ok: false; readonly reason: string };
}

export function kronChecks(A: Mat, B: Mat, X: Mat): KronChecks {
  if (A.rows !== A.cols || B.rows !== B.cols) throw new RangeError('kronChecks: A, B square');
  if (X.rows !== A.rows || X.cols !== B.rows) throw new RangeError('kronChecks: X is m×n');
  const K = kron(A, B);
  const vecX = vec(X);
  const AXB = matMul(matMul(A, X), B);
  const vecLhs = vec(AXB);
  const vecRhs = matVec(kron(transpose(B), A), vecX);
  const mixedLhs = matMul(K, kron(transpose(A), transpose(B)));
  const mixedRhs = kron(matMul(A, transpose(A)), matMul(B, transpose(B)));
  const trLhs = trace(K);
  const trRhs = trace(A) * trace(B);
  const luA = luDecompose(A);
  const luB = luDecompose(B);
  const a = maxAbs(A.data);
  const b = maxAbs(B.data);
  const n = K.rows;
  return {
    K,
    vecX,
    AXB,
    vecLhs,
    vecRhs,
    vecIdentity: { maxDiff: maxAbsDiff(vecLhs, vecRhs), scale: n * n * a * b * maxAbs(X.data) },
    mixedProduct: { maxDiff: maxAbsDiff(mixedLhs.data, mixedRhs.data), scale: n * (a * b) ** 2 },
    transpose: {
      maxDiff: maxAbsDiff(transpose(K).data, kron(transpose(A), transpose(B)).data),
      scale: a * b,
    },
    trace: { lhs: trLhs, rhs: trRhs, maxDiff: Math.abs(trLhs - trRhs), scale: n * a * b },
    detA: luA?.det ?? 0,
    detB: luB?.det ?? 0,
    inverse: inverseCheck(A, B, K),
    eigen: eigenCheck(A, B, K),
  };
}

function inverseCheck(A: Mat, B: Mat, K: Mat): KronChecks['inverse'] {
  const Ai = inverse(A);
  const Bi = inverse(B);
  if (!Ai || !Bi) {
    const which = !Ai && !Bi ? 'A and B are' : !Ai ? 'A is' : 'B is';
    return { ok: false, reason: `${which} singular, so A ⊗ B is singular too (det = 0).` };
  }
  const Ki = inverse(K);
  if (!Ki) return { ok: false, reason: 'A ⊗ B is numerically singular.' };
  // The inverse's rounding error grows with the condition number: |K| · |K⁻¹|² per entry.
  const scale = K.rows * maxAbs(K.data) * maxAbs(Ki.data) ** 2;
  return { ok: true, inverse: Ki, maxDiff: maxAbsDiff(Ki.data, kron(Ai, Bi).data), scale };
}

function eigenCheck(A: Mat, B: Mat, K: Mat): KronChecks['eigen'] {
  const tol = (M: Mat) => 1e-12 * Math.max(1, ...Array.from(M.data, Math.abs));
  if (!isSymmetric(A, tol(A)) || !isSymmetric(B, tol(B))) {
    return {
      ok: false,
      reason:
        'A or B is not symmetric: its eigenvalues can be complex. Make both symmetric to check λ_i ν_j.',
    };
  }
  const ea = symEig(A);
  const eb = symEig(B);
  const m = A.rows;
  const n = B.rows;
  const products = new Float64Array(m * n);
  let vectorResidual = 0;
  const r = new Float64Array(m);
  const s = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) r[k] = ea.vectors.data[k * m + i];
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) s[k] = eb.vectors.data[k * n + j];
      const mu = ea.values[i] * eb.values[j];
      products[i * n + j] = mu;
      const rs = kronVec(r, s);
      const Krs = matVec(K, rs);
      let res = 0;
      for (let k = 0; k < rs.length; k++) res += (Krs[k] - mu * rs[k]) ** 2;
      vectorResidual = Math.max(vectorResidual, Math.sqrt(res));
    }
  }
  const productsSorted = Float64Array.from(products).sort();
  const kronEigenvalues = symEig(K).values;
  return {
    ok: true,
    lambda: ea.values,
    nu: eb.values,
    products,
    productsSorted,
    kronEigenvalues,
    maxDiff: maxAbsDiff(productsSorted, kronEigenvalues),
    vectorResidual,
    scale: m * n * maxAbs(K.data),
  };
}
