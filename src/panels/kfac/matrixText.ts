/**
 * The URL form of the explorer's small matrices: rows separated by "_", entries by "," (both
 * survive a URL unescaped), e.g. "2,1_1,3" is [[2, 1], [1, 3]]. Parsing never throws: a bad
 * string gives a sentence that the panel shows next to the matrix.
 */
import { mat, type Mat } from '../../core/linalg';
import { ENTRY_LIMIT, MATRIX_MAX_DIM } from './matrixLimits';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseMatrix(text: string, name: string): Parsed<Mat> {
  const rows = text
    .split('_')
    .map((r) => r.split(',').map((s) => (s.trim() === '' ? NaN : Number(s))));
  const r = rows.length;
  const c = rows[0].length;
  if (r > MATRIX_MAX_DIM || c > MATRIX_MAX_DIM) {
    return { ok: false, error: `${name} can be at most ${MATRIX_MAX_DIM}×${MATRIX_MAX_DIM}.` };
  }
  if (rows.some((row) => row.length !== c)) {
    return { ok: false, error: `${name}: every row needs the same number of entries.` };
  }
  const flat = rows.flat();
  if (!flat.every(Number.isFinite)) {
    return { ok: false, error: `${name} “${text}” has an entry that is not a number.` };
  }
  if (flat.some((v) => Math.abs(v) > ENTRY_LIMIT)) {
    return { ok: false, error: `${name}: entries must lie in −${ENTRY_LIMIT}…${ENTRY_LIMIT}.` };
  }
  return { ok: true, value: mat(r, c, flat) };
}

const fmt = (v: number) => String(Number(v.toPrecision(6)));

export function formatMatrix(M: Mat): string {
  const rows: string[] = [];
  for (let i = 0; i < M.rows; i++) {
    rows.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols), fmt).join(','));
  }
  return rows.join('_');
}

/** The URL text of M with entry (i, j) set to v. */
export function withEntry(M: Mat, i: number, j: number, v: number): string {
  const d = Float64Array.from(M.data);
  d[i * M.cols + j] = v;
  return formatMatrix({ rows: M.rows, cols: M.cols, data: d });
}

/** M resized to rows × cols: kept entries stay, new ones are the identity's. */
export function resizeMatrix(M: Mat, rows: number, cols: number): Mat {
  const out = mat(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      out.data[i * cols + j] = i < M.rows && j < M.cols ? M.data[i * M.cols + j] : i === j ? 1 : 0;
    }
  }
  return out;
}

/** Layer widths "n0,n1,…" (positive integers up to `max`). */
export function parseWidths(text: string, max: number, name: string): Parsed<number[]> {
  const w = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (w.length < 2) return { ok: false, error: `${name}: give at least two widths, e.g. 3,4,2.` };
  if (!w.every((n) => Number.isInteger(n) && n >= 1 && n <= max)) {
    return {
      ok: false,
      error: `${name} “${text}”: each width must be a whole number from 1 to ${max}.`,
    };
  }
  return { ok: true, value: w };
}

/** A vector "1,-2,0.5": 1 … MATRIX_MAX_DIM finite entries within ±ENTRY_LIMIT. */
export function parseVector(text: string, name: string): Parsed<number[]> {
  const v = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (v.length > MATRIX_MAX_DIM) {
    return { ok: false, error: `${name} can have at most ${MATRIX_MAX_DIM} entries.` };
  }
  if (!v.every(Number.isFinite)) {
    return { ok: false, error: `${name} “${text}” has an entry that is not a number.` };
  }
  if (v.some((x) => Math.abs(x) > ENTRY_LIMIT)) {
    return { ok: false, error: `${name}: entries must lie in −${ENTRY_LIMIT}…${ENTRY_LIMIT}.` };
  }
  return { ok: true, value: v };
}

export const formatVector = (v: readonly number[]) => v.map(fmt).join(',');
