/**
 * Second moments of 2-D pseudo-gradient samples. PST samples are centred (E[Dz] = 0), so their
 * uncentred second moment (1/S) Σ Dw Dwᵀ *is* their covariance and estimates G without a mean
 * correction; the empirical Fisher is defined as the same uncentred moment of real gradients.
 */
import type { Mat2 } from '../types';

/** (1/count) Σ_s r_s r_sᵀ over the first `count` rows of a row-major S × 2 array. */
export function secondMoment2(rows: ArrayLike<number>, count = rows.length / 2): Mat2 {
  const m = createMoment2();
  for (let s = 0; s < count; s++) m.add(rows[2 * s], rows[2 * s + 1]);
  return m.value();
}

/** An incremental second moment, so a growing prefix of samples costs O(1) per new sample. */
export interface Moment2 {
  add(x: number, y: number): void;
  /** Add rows [from, to) of a row-major S × 2 array. */
  addRows(rows: ArrayLike<number>, from: number, to: number): void;
  readonly count: number;
  /** The current estimate; NaNs when no sample has been added. */
  value(): Mat2;
  reset(): void;
}

export function createMoment2(): Moment2 {
  let n = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  const add = (x: number, y: number) => {
    n += 1;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
  };
  return {
    add,
    addRows(rows, from, to) {
      for (let s = from; s < to; s++) add(rows[2 * s], rows[2 * s + 1]);
    },
    get count() {
      return n;
    },
    value: () => (n === 0 ? [NaN, NaN, NaN, NaN] : [sxx / n, sxy / n, sxy / n, syy / n]),
    reset() {
      n = sxx = sxy = syy = 0;
    },
  };
}

/** The 2 × 2 block of a P × P row-major matrix at rows/columns (i, j). */
export function block2(M: Float64Array, P: number, idx: readonly [number, number]): Mat2 {
  const [i, j] = idx;
  return [M[i * P + i], M[i * P + j], M[j * P + i], M[j * P + j]];
}

/** Columns (i, j) of a row-major S × P array as an S × 2 array. */
export function columns2(rows: Float64Array, P: number, idx: readonly [number, number]) {
  const S = rows.length / P;
  const out = new Float64Array(2 * S);
  for (let s = 0; s < S; s++) {
    out[2 * s] = rows[s * P + idx[0]];
    out[2 * s + 1] = rows[s * P + idx[1]];
  }
  return out;
}

/** ‖A − B‖_F / ‖B‖_F for 2 × 2 matrices. */
export function relFrobenius(A: Mat2, B: Mat2): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < 4; k++) {
    num += (A[k] - B[k]) ** 2;
    den += B[k] ** 2;
  }
  return Math.sqrt(num / den);
}
