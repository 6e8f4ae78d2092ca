/** TeX for n-dimensional matrices and vectors with live numbers. */
import type { Mat } from '../../core/linalg';
import { texNum } from '../shared/texNumbers';

export function texMatrix(M: Mat): string {
  const rows: string[] = [];
  for (let i = 0; i < M.rows; i++) {
    rows.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols), texNum).join('&'));
  }
  return `\\begin{pmatrix}${rows.join('\\\\')}\\end{pmatrix}`;
}

/** A vector as a transposed row, (v₁, …, v_n)ᵀ, which fits on one line. */
export function texRowT(v: ArrayLike<number>): string {
  return `(${Array.from(v, texNum).join(',\\ ')})^{\\top}`;
}

/** Scientific form of a difference: "0" for an exact zero, else 2 significant digits. */
export function texDiff(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return texNum(x);
  const [m, e] = x.toExponential(1).split('e');
  return `${m}\\times10^{${Number(e)}}`;
}
