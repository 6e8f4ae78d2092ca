/** Test-only helpers for matrices (not exported from index.ts). */
import { fromRows, type Mat } from './mat';

/** The 2 × 2 matrix [[a, b], [c, d]] (row-major), for hand examples in tests. */
export function mat2x2(a: number, b: number, c: number, d: number): Mat {
  return fromRows([
    [a, b],
    [c, d],
  ]);
}
