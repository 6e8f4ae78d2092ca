/**
 * The Kronecker product and the column-major vec of the lecture's K-FAC slides:
 *   A ⊗ B = [a_ij B]  (block (i, j) is a_ij · B),   vec(X) stacks the COLUMNS of X.
 * With these conventions vec(A X B) = (Bᵀ ⊗ A) vec(X) and, for a layer's gradient,
 * vec(Ds āᵀ) = ā ⊗ Ds — the layout of the nn engine's flat parameter vector.
 */
import { mat, type Mat } from '../linalg';

export function kron(A: Mat, B: Mat): Mat {
  const { rows: m, cols: n } = A;
  const { rows: p, cols: q } = B;
  const K = mat(m * p, n * q);
  const width = n * q;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const a = A.data[i * n + j];
      for (let r = 0; r < p; r++) {
        const row = (i * p + r) * width + j * q;
        for (let c = 0; c < q; c++) K.data[row + c] = a * B.data[r * q + c];
      }
    }
  }
  return K;
}

/** vec(X): the columns of X stacked, so entry (i, j) lands at j · rows + i. */
export function vec(X: Mat): Float64Array {
  const v = new Float64Array(X.rows * X.cols);
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < X.cols; j++) v[j * X.rows + i] = X.data[i * X.cols + j];
  }
  return v;
}

/** The inverse of vec: a rows × cols matrix from its column-major entries. */
export function unvec(v: ArrayLike<number>, rows: number, cols: number): Mat {
  if (v.length !== rows * cols) throw new RangeError(`unvec: ${v.length} ≠ ${rows}×${cols}`);
  const X = mat(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) X.data[i * cols + j] = v[j * rows + i];
  }
  return X;
}

/** Outer-product Kronecker of vectors, a ⊗ b = [a_1 b; a_2 b; …]. */
export function kronVec(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length * b.length);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) out[i * b.length + j] = a[i] * b[j];
  }
  return out;
}
