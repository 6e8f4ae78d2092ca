import { describe, expect, it } from 'vitest';
import {
  absEigen,
  cholesky,
  columns,
  condPD,
  congruence,
  det,
  fromColumns,
  fromEig,
  inverse,
  invSqrtSym,
  isPD,
  isSingular,
  matmul,
  matvec,
  norm,
  quadForm,
  singularValues,
  solve,
  solveDamped,
  solveEig,
  symEig,
  transpose,
} from './mat2';
import { mulberry32, randomInvertible, randomSPD, relErr } from '../testing';
import type { Mat2 } from '../types';

const rnd = mulberry32(7);
const randomSym = (): Mat2 => {
  const b = 4 * rnd() - 2;
  return [4 * rnd() - 2, b, b, 4 * rnd() - 2];
};

const special: Mat2[] = [
  [2, 0, 0, 1],
  [1, 0, 0, 2],
  [3, 0, 0, 3],
  [0, 0, 0, 0],
  [-1, 0, 0, 1],
  [1, 1e-300, 1e-300, 1],
  [1, -0, -0, 5],
  [0.5, 0, 0, 1e-10],
  [1, 1e-9, 1e-9, 1],
  [1e8, 3, 3, -1e-8],
  [3, 1, 1, 2],
];

describe('symEig', () => {
  const cases = [...special, ...Array.from({ length: 200 }, randomSym)];

  it('reconstructs the matrix, with ascending values and orthonormal vectors', () => {
    for (const A of cases) {
      const { values, vectors } = symEig(A);
      expect(values[0]).toBeLessThanOrEqual(values[1]);
      expect(relErr(fromEig(values, vectors), A)).toBeLessThan(1e-14);
      expect(Math.abs(norm(vectors[0]) - 1)).toBeLessThan(1e-15);
      expect(Math.abs(norm(vectors[1]) - 1)).toBeLessThan(1e-15);
      expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThan(
        1e-15,
      );
      for (let i = 0; i < 2; i++) {
        const Av = matvec(A, vectors[i]);
        const scale = Math.max(1, Math.abs(values[0]), Math.abs(values[1]));
        expect(Math.abs(Av[0] - values[i] * vectors[i][0]) / scale).toBeLessThan(1e-14);
        expect(Math.abs(Av[1] - values[i] * vectors[i][1]) / scale).toBeLessThan(1e-14);
      }
    }
  });

  it('keeps a tiny eigenvalue next to a large one to full relative accuracy', () => {
    expect(symEig([0.5, 0, 0, 1e-10]).values).toEqual([1e-10, 0.5]);
    // Closed form for [[a, b], [b, 0]] with b ≪ a: small eigenvalue −b²/a (1 + O(b²/a²)).
    const [small] = symEig([1e8, 3, 3, 0]).values;
    expect(Math.abs(small / -9e-8 - 1)).toBeLessThan(1e-14);
  });

  it('picks axis-aligned eigenvectors when the off-diagonal vanishes', () => {
    const { vectors } = symEig([1, 0, 0, 2]);
    expect(Math.abs(vectors[0][0])).toBe(1);
    expect(Math.abs(vectors[1][1])).toBe(1);
  });
});

describe('solve, inverse, det', () => {
  // The quadratic of docs/math.md#newtons-method-and-the-taylor-model.
  it('solves the quadratic test system H x = c', () => {
    const x = solve([3, 1, 1, 2], [1, -1]);
    expect(x).not.toBeNull();
    expect(relErr(x!, [0.6, -0.8])).toBeLessThan(1e-15);
    expect(det([3, 1, 1, 2])).toBe(5);
  });

  it('inverse times A is the identity', () => {
    for (let i = 0; i < 50; i++) {
      const A: Mat2 = [4 * rnd() - 2, 4 * rnd() - 2, 4 * rnd() - 2, 4 * rnd() - 2];
      const Ai = inverse(A)!;
      const P: Mat2 = [
        Ai[0] * A[0] + Ai[1] * A[2],
        Ai[0] * A[1] + Ai[1] * A[3],
        Ai[2] * A[0] + Ai[3] * A[2],
        Ai[2] * A[1] + Ai[3] * A[3],
      ];
      // Rounding error grows like ε·cond(A), and cond(A) ≤ ‖A‖²_F/|det A| ≤ 16/|det A| here.
      expect(relErr(P, [1, 0, 0, 1])).toBeLessThan(
        64 * Number.EPSILON * (1 + 16 / Math.abs(det(A))),
      );
    }
  });

  it('reports singular matrices relative to their scale, not absolutely', () => {
    expect(solve([1, 2, 2, 4], [1, 1])).toBeNull();
    expect(solve([1e-20, 2e-20, 2e-20, 4e-20], [1, 1])).toBeNull();
    expect(solve([1e20, 2e20, 2e20, 4e20], [1, 1])).toBeNull();
    expect(isSingular([1, 1, 1, 1 + 1e-15])).toBe(true);
    expect(isSingular([0, 0, 0, 0])).toBe(true);
    // Tiny but exactly representable: the solve is accurate, so it is not singular.
    expect(isSingular([1e-20, 0, 0, 1e-20])).toBe(false);
    expect(solve([1e-200, 0, 0, 1], [1, 1])).toEqual([1e200, 1]);
    expect(isSingular([1, 1, 1, 1 + 1e-6])).toBe(false);
  });
});

describe('solveDamped', () => {
  it('solves (C + ηI)x = b, is C⁻¹b at η = 0, and is null where η cancels an eigenvalue', () => {
    const C: Mat2 = [2, 1, 1, -3];
    const b = [0.7, -1.1] as const;
    expect(solveDamped(C, 0, b)).toEqual(solve(C, b));
    const x = solveDamped(C, 0.5, b)!;
    expect(relErr(matvec([2.5, 1, 1, -2.5], x), b)).toBeLessThan(1e-15);
    const [lo] = symEig(C).values;
    expect(solveDamped(C, -lo, b)).toBeNull();
    expect(solveDamped([0, 0, 0, 0], 0, b)).toBeNull();
  });
});

describe('PD test and |H| replacement', () => {
  it('classifies definiteness', () => {
    expect(isPD([3, 1, 1, 2])).toBe(true);
    expect(isPD([1, 2, 2, 1])).toBe(false);
    expect(isPD([1, 0, 0, 0])).toBe(false);
    expect(isPD([-1, 0, 0, -2])).toBe(false);
  });

  it('flips negative eigenvalues and keeps the eigenvectors', () => {
    // diag(−2, 1) rotated by 45°.
    const c = Math.SQRT1_2;
    const A = fromEig(
      [-2, 1],
      [
        [c, c],
        [-c, c],
      ],
    );
    const { matrix, eig } = absEigen(A);
    const expected = fromEig(
      [2, 1],
      [
        [c, c],
        [-c, c],
      ],
    );
    expect(relErr(matrix, expected)).toBeLessThan(1e-15);
    expect(eig.values).toEqual([expect.closeTo(1, 14), expect.closeTo(2, 14)]);
    expect(isPD(matrix)).toBe(true);
  });

  it('floors zero eigenvalues relative to the largest, with an absolute backstop', () => {
    expect(absEigen([0, 0, 0, 4]).eig.values).toEqual([4e-8, 4]);
    expect(absEigen([0, 0, 0, 0]).eig.values).toEqual([1e-12, 1e-12]);
  });

  it('solveEig keeps bᵀC⁻¹b > 0 for badly conditioned C', () => {
    for (let i = 0; i < 100; i++) {
      const A = randomSym();
      const { eig, matrix } = absEigen([A[0], A[1], A[2], A[3] * 1e-9]);
      const b: [number, number] = [2 * rnd() - 1, 2 * rnd() - 1];
      const x = solveEig(eig, b);
      expect(b[0] * x[0] + b[1] * x[1]).toBeGreaterThan(0);
      expect(relErr(matvec(matrix, x), b)).toBeLessThan(1e-6);
    }
  });

  it('quadForm is vᵀAv', () => {
    expect(quadForm([3, 1, 1, 2], [1, -1])).toBe(3 - 1 - 1 + 2);
  });
});

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
