import { describe, expect, it } from 'vitest';
import { createRng } from '../nn';
import {
  addDiagonal,
  cholesky,
  choleskySolve,
  fromRows,
  identity,
  inverse,
  luDecompose,
  mat,
  matMul,
  matVec,
  maxAbsDiff,
  relativeError,
  symEig,
  trace,
  transpose,
  type Mat,
} from '.';

function randomMat(rows: number, cols: number, seed: number): Mat {
  const rng = createRng(seed);
  return mat(
    rows,
    cols,
    Array.from({ length: rows * cols }, () => rng.normal()),
  );
}
/** B Bᵀ + shift·I: symmetric positive definite. */
function randomSpd(n: number, seed: number, shift = 0.5): Mat {
  const B = randomMat(n, n, seed);
  return addDiagonal(matMul(B, transpose(B)), shift);
}

describe('dense matrices', () => {
  it('multiplies, transposes and traces as the closed forms say', () => {
    const A = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const B = fromRows([[1], [0], [-1]]);
    expect(Array.from(matMul(A, B).data)).toEqual([-2, -2]);
    expect(Array.from(transpose(A).data)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(
      trace(
        fromRows([
          [2, 9],
          [9, 3],
        ]),
      ),
    ).toBe(5);
    expect(Array.from(matVec(A, [1, 1, 1]))).toEqual([6, 15]);
    expect(() => matMul(A, A)).toThrow(RangeError);
    expect(relativeError([0, 0], [0, 0])).toBe(0);
    expect(relativeError([1, 0], [0, 0])).toBe(Infinity);
  });
});

describe('symmetric eigensolver (Jacobi)', () => {
  it('2×2 closed form: [[2,1],[1,2]] has eigenvalues 1, 3 with vectors (1,∓1)/√2', () => {
    const { values, vectors } = symEig(
      fromRows([
        [2, 1],
        [1, 2],
      ]),
    );
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(Math.abs(vectors.data[0] + vectors.data[2])).toBeLessThan(1e-14);
    expect(Math.abs(vectors.data[1] - vectors.data[3])).toBeLessThan(1e-14);
  });

  it('reconstructs a random 12×12 symmetric matrix with orthonormal eigenvectors', () => {
    const A = randomSpd(12, 3, -2); // shift −2 makes some eigenvalues negative
    const { values, vectors: Q } = symEig(A);
    for (let k = 1; k < 12; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
    expect(values[0]).toBeLessThan(0);
    const D = mat(12, 12);
    values.forEach((v, k) => (D.data[k * 12 + k] = v));
    expect(relativeError(matMul(matMul(Q, D), transpose(Q)).data, A.data)).toBeLessThan(1e-13);
    expect(maxAbsDiff(matMul(transpose(Q), Q).data, identity(12).data)).toBeLessThan(1e-13);
  });
});

describe('solves', () => {
  it('Cholesky factor reproduces A and solves A x = b', () => {
    const A = randomSpd(7, 5);
    const L = cholesky(A)!;
    expect(relativeError(matMul(L, transpose(L)).data, A.data)).toBeLessThan(1e-14);
    const x = Float64Array.from({ length: 7 }, (_, i) => i - 3);
    expect(relativeError(choleskySolve(L, matVec(A, x)), x)).toBeLessThan(1e-12);
  });

  it('Cholesky rejects an indefinite matrix', () => {
    expect(
      cholesky(
        fromRows([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toBeNull();
  });

  it('LU inverse and determinant of a non-symmetric matrix; singular → null', () => {
    const A = fromRows([
      [0, 2],
      [3, 4],
    ]); // needs a row swap
    expect(luDecompose(A)!.det).toBeCloseTo(-6, 14);
    const inv = inverse(A)!;
    expect(maxAbsDiff(inv.data, [-2 / 3, 1 / 3, 0.5, 0])).toBeLessThan(1e-15);
    const R = randomMat(6, 6, 9);
    expect(maxAbsDiff(matMul(R, inverse(R)!).data, identity(6).data)).toBeLessThan(1e-12);
    expect(
      inverse(
        fromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBeNull();
  });
});
