import type { Mat2, Vec2 } from '../../core/types';

/** A number in TeX with 4 significant digits, scientific form as a×10^{b}. */
export function texNum(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(4)));
  const [m, e] = v.toExponential(3).split('e');
  return `${Number(m)}\\times10^{${Number(e)}}`;
}

export const texVec = (v: Vec2) =>
  `\\begin{pmatrix}${texNum(v[0])}\\\\${texNum(v[1])}\\end{pmatrix}`;

export const texMat = (m: Mat2) =>
  `\\begin{pmatrix}${texNum(m[0])}&${texNum(m[1])}\\\\${texNum(m[2])}&${texNum(m[3])}\\end{pmatrix}`;

/** Plain-text number for captions and tables: the one the core's claims use. */
export { plainNum } from '../../core/claims/format';
