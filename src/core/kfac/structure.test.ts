import { describe, expect, it } from 'vitest';
import { mat2x2 } from '../linalg/testing';
import { fromRows, matMul, transpose, type Mat } from '../linalg';
import {
  mixedProductCheck,
  outerCheck,
  STRUCTURES,
  structureCheck,
  withStructure,
} from './structure';
import { holds } from './identities';
import { randomMat, randomSpd, rngFor } from './testing';

describe('vec(u vᵀ) = v ⊗ u', () => {
  it('a hand example: u vᵀ is 2×3, vec stacks its columns, v ⊗ u = [v₁u; v₂u; v₃u]', () => {
    const c = outerCheck([1, -2], [3, 0.5, -1]);
    expect(Array.from(c.uv.data)).toEqual([3, 0.5, -1, -6, -1, 2]);
    expect(Array.from(c.lhs)).toEqual([3, -6, 0.5, -1, -1, 2]);
    expect(Array.from(c.rhs)).toEqual([3, -6, 0.5, -1, -1, 2]);
    expect(c.maxDiff).toBe(0);
  });

  it('u ⊗ v is a different vector (the order matters)', () => {
    const c = outerCheck([1, -2], [3, 0.5]);
    expect(Array.from(c.rhs)).not.toEqual([3, 0.5, -6, -1]);
  });
});

describe('(A ⊗ B)(C ⊗ D) = AC ⊗ BD', () => {
  it('holds for random C and D of each size; fails if C is not the size of A', () => {
    const rng = rngFor(3);
    for (const [m, n] of [
      [2, 2],
      [2, 3],
      [3, 3],
      [3, 1],
    ]) {
      const c = mixedProductCheck(
        randomMat(m, m, rng),
        randomMat(n, n, rng),
        randomMat(m, m, rng),
        randomMat(n, n, rng),
      );
      expect(holds(c)).toBe(true);
      expect(c.lhs.rows).toBe(m * n);
    }
    const A = randomMat(2, 2, rng);
    expect(() => mixedProductCheck(A, A, randomMat(3, 3, rng), A)).toThrow(/sizes/);
  });

  it('a hand example', () => {
    const A = mat2x2(1, 2, 0, 1);
    const C = mat2x2(0, 1, 1, 0);
    const B = fromRows([[2]]);
    const D = fromRows([[3]]);
    // (A ⊗ [2])(C ⊗ [3]) = 6·AC.
    expect(Array.from(mixedProductCheck(A, B, C, D).rhs.data)).toEqual([12, 6, 6, 0]);
  });
});

const orthogonalOf = (M: Mat) => {
  // Gram–Schmidt on the columns of a random matrix: an independent orthogonal Q.
  const n = M.rows;
  const Q = fromRows(Array.from({ length: n }, () => Array(n).fill(0)));
  for (let j = 0; j < n; j++) {
    const v = Array.from({ length: n }, (_, i) => M.data[i * n + j]);
    for (let k = 0; k < j; k++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += v[i] * Q.data[i * n + k];
      for (let i = 0; i < n; i++) v[i] -= d * Q.data[i * n + k];
    }
    const norm = Math.hypot(...v);
    for (let i = 0; i < n; i++) Q.data[i * n + j] = v[i] / norm;
  }
  return Q;
};

describe('⊗ keeps structure (the slide’s list)', () => {
  const rng = rngFor(9);
  const examples = (n: number): Record<(typeof STRUCTURES)[number], Mat> => {
    const M = randomMat(n, n, rng);
    const S = matMul(M, transpose(M));
    const D = fromRows(
      Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? rng.normal() : 0)),
      ),
    );
    return { symmetric: S, orthogonal: orthogonalOf(M), diagonal: D, posdef: randomSpd(n, rng) };
  };

  it('A and B with the property ⇒ A ⊗ B has it, for every size pair', () => {
    for (const [m, n] of [
      [2, 2],
      [2, 3],
      [3, 3],
    ]) {
      for (let trial = 0; trial < 10; trial++) {
        const a = examples(m);
        const b = examples(n);
        for (const s of STRUCTURES) {
          const c = structureCheck(a[s], b[s], s);
          expect(c.A.has && c.B.has && c.kron.has, `${s} ${m}×${n}`).toBe(true);
        }
      }
    }
  });

  it('without the property in a factor it usually fails — and can hold anyway', () => {
    const A = mat2x2(1, 2, 0, 1);
    const B = mat2x2(1, 0, 0, 2);
    const sym = structureCheck(A, B, 'symmetric');
    expect(sym.A.has).toBe(false);
    expect(sym.kron.has).toBe(false);
    // 2Q ⊗ Q/2 = Q ⊗ Q is orthogonal although neither factor is.
    const Q = orthogonalOf(randomMat(2, 2, rng));
    const scaled = (M: Mat, s: number) => ({ ...M, data: M.data.map((v) => v * s) });
    const orth = structureCheck(scaled(Q, 2), scaled(Q, 0.5), 'orthogonal');
    expect([orth.A.has, orth.B.has, orth.kron.has]).toEqual([false, false, true]);
    // (−P₁) ⊗ (−P₂) = P₁ ⊗ P₂: positive definite from two negative definite factors.
    const P = randomSpd(2, rng);
    const pd = structureCheck(scaled(P, -1), scaled(P, -1), 'posdef');
    expect([pd.A.has, pd.B.has, pd.kron.has]).toEqual([false, false, true]);
    // Definiteness is not defined here for a non-symmetric matrix.
    expect(structureCheck(A, B, 'posdef').A.notSymmetric).toBe(true);
  });

  it('withStructure gives matrices that have the property (and survive six digits)', () => {
    for (const n of [1, 2, 3]) {
      const M = randomMat(n, n, rng);
      for (const s of STRUCTURES) {
        for (const which of [0, 1] as const) {
          const W = withStructure(M, s, which);
          const six = { ...W, data: W.data.map((v) => Number(v.toPrecision(6))) };
          expect(structureCheck(six, six, s).A.has, `${s} ${n}`).toBe(true);
        }
      }
    }
  });
});
