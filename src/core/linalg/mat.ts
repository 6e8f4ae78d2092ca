/**
 * Dense n-dimensional matrices for small problems (n up to a few hundred): a row-major
 * Float64Array with its shape. Plain loops, no blocking — the matrices the panels show are tiny,
 * and clarity beats speed here. 2×2 special cases live in mat2.ts.
 */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  /** Row-major: entry (i, j) is data[i · cols + j]. */
  readonly data: Float64Array;
}

export function mat(rows: number, cols: number, data?: ArrayLike<number>): Mat {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`mat: bad shape ${rows}×${cols}`);
  }
  const d = new Float64Array(rows * cols);
  if (data !== undefined) {
    if (data.length !== rows * cols) {
      throw new RangeError(`mat: ${rows}×${cols} needs ${rows * cols} numbers, got ${data.length}`);
    }
    d.set(data);
  }
  return { rows, cols, data: d };
}

/** A matrix from nested rows, e.g. fromRows([[1, 2], [3, 4]]). */
export function fromRows(rows: readonly (readonly number[])[]): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  if (rows.some((row) => row.length !== c)) throw new RangeError('fromRows: ragged rows');
  return mat(r, c, rows.flat());
}

export function identity(n: number): Mat {
  const I = mat(n, n);
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  return I;
}

export function get(A: Mat, i: number, j: number): number {
  return A.data[i * A.cols + j];
}

export function transpose(A: Mat): Mat {
  const T = mat(A.cols, A.rows);
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < A.cols; j++) T.data[j * A.rows + i] = A.data[i * A.cols + j];
  }
  return T;
}

export function matMul(A: Mat, B: Mat): Mat {
  if (A.cols !== B.rows) {
    throw new RangeError(`matMul: ${A.rows}×${A.cols} · ${B.rows}×${B.cols}`);
  }
  const C = mat(A.rows, B.cols);
  const { rows: m, cols: k } = A;
  const n = B.cols;
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const a = A.data[i * k + p];
      if (a === 0) continue;
      for (let j = 0; j < n; j++) C.data[i * n + j] += a * B.data[p * n + j];
    }
  }
  return C;
}

/** y = A x. */
export function matVec(A: Mat, x: ArrayLike<number>): Float64Array {
  if (x.length !== A.cols) throw new RangeError(`matVec: ${A.rows}×${A.cols} · ${x.length}`);
  const y = new Float64Array(A.rows);
  for (let i = 0; i < A.rows; i++) {
    let acc = 0;
    for (let j = 0; j < A.cols; j++) acc += A.data[i * A.cols + j] * x[j];
    y[i] = acc;
  }
  return y;
}

/** A + s·I (a new matrix); A must be square. */
export function addDiagonal(A: Mat, s: number): Mat {
  assertSquare(A, 'addDiagonal');
  const B = mat(A.rows, A.cols, A.data);
  for (let i = 0; i < A.rows; i++) B.data[i * A.cols + i] += s;
  return B;
}

export function trace(A: Mat): number {
  assertSquare(A, 'trace');
  let t = 0;
  for (let i = 0; i < A.rows; i++) t += A.data[i * A.cols + i];
  return t;
}

export function frobenius(a: ArrayLike<number>): number {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += a[i] * a[i];
  return Math.sqrt(acc);
}

/** max_i |a_i − b_i|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`maxAbsDiff: ${a.length} ≠ ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** ‖a − b‖ / ‖b‖ (b is the reference); 0 when both vanish, ∞ when only b does. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`relativeError: ${a.length} ≠ ${b.length}`);
  let num = 0;
  let den = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i] - b[i]) ** 2;
    den += b[i] * b[i];
  }
  if (den === 0) return num === 0 ? 0 : Infinity;
  return Math.sqrt(num / den);
}

export function isSymmetric(A: Mat, tol = 0): boolean {
  if (A.rows !== A.cols) return false;
  const n = A.rows;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(A.data[i * n + j] - A.data[j * n + i]) > tol) return false;
    }
  }
  return true;
}

export function assertSquare(A: Mat, caller: string): void {
  if (A.rows !== A.cols)
    throw new RangeError(`${caller}: matrix is ${A.rows}×${A.cols}, not square`);
}
