import { describe, expect, it } from 'vitest';
import { inverse, symEig } from '../linalg2';
import { relErr } from '../testing';
import type { Mat2 } from '../types';
import {
  cholesky,
  columns,
  condPD,
  congruence,
  fromColumns,
  invSqrtSym,
  matmul,
  singularValues,
  transpose,
} from './mat2';
import { randomInvertible, randomSPD } from './testing';

const I: Mat2 = [1, 0, 0, 1];

describe('2×2 helpers', () => {
  const spd = randomSPD(7);
  const gen = randomInvertible(8);

  it('Cholesky: L is lower triangular with LLᵀ = A; null for indefinite A', () => {
    for (let i = 0; i < 50; i++) {
      const A = spd();
      const L = cholesky(A)!;
      expect(L[1]).toBe(0);
      expect(L[0] > 0 && L[3] > 0).toBe(true);
      expect(relErr(matmul(L, transpose(L)), A)).toBeLessThan(1e-14);
    }
    expect(cholesky([1, 2, 2, 1])).toBeNull();
    expect(cholesky([-1, 0, 0, 1])).toBeNull();
  });

  it('A^{−1/2} is symmetric with A^{−1/2} A A^{−1/2} = I and (A^{−1/2})² = A⁻¹', () => {
    for (let i = 0; i < 50; i++) {
      const A = spd();
      const S = invSqrtSym(A)!;
      expect(S[1]).toBeCloseTo(S[2], 14);
      expect(relErr(congruence(A, S), I)).toBeLessThan(1e-13);
      expect(relErr(matmul(S, S), inverse(A)!)).toBeLessThan(1e-13);
    }
    expect(invSqrtSym([1, 0, 0, -1])).toBeNull();
  });

  it('condition number is ν_max/ν_min for PD matrices and undefined otherwise', () => {
    expect(condPD([1, 0, 0, 1000])).toBe(1000);
    expect(condPD([4, 0, 0, 4])).toBe(1);
    expect(condPD([1, 0, 0, -2])).toBeNull();
    expect(condPD([1, 0, 0, 0])).toBeNull();
  });

  it('congruence is RᵀAR; columns and fromColumns are inverse to each other', () => {
    for (let i = 0; i < 20; i++) {
      const A = spd();
      const R = gen();
      expect(congruence(A, R)).toEqual(matmul(transpose(R), matmul(A, R)));
      const [c1, c2] = columns(R);
      expect(fromColumns(c1, c2)).toEqual(R);
    }
  });

  it('singular values: squares are the eigenvalues of AᵀA, product is |det|', () => {
    for (let i = 0; i < 20; i++) {
      const A = gen();
      const [s1, s2] = singularValues(A);
      const [lo, hi] = symEig(matmul(transpose(A), A)).values;
      expect(relErr([s1 * s1, s2 * s2], [hi, lo])).toBeLessThan(1e-13);
      expect(s1 * s2).toBeCloseTo(Math.abs(A[0] * A[3] - A[1] * A[2]), 12);
    }
  });
});
