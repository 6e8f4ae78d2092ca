import { describe, expect, it } from 'vitest';
import { mat2x2 } from '../linalg/testing';
import {
  fromRows,
  identity,
  inverse,
  matMul,
  matVec,
  maxAbsDiff,
  relativeError,
  symEig,
  trace,
  transpose,
} from '../linalg';
import { holds, kronChecks } from './identities';
import { kron, kronVec, unvec, vec } from './kron';
import { randomMat, randomSpd, rngFor } from './testing';

describe('Kronecker product and column-major vec', () => {
  it('matches the slide’s block picture [a_ij B] on a hand example', () => {
    const A = mat2x2(1, 2, 3, 4);
    const B = mat2x2(0, 5, 6, 7);
    expect(Array.from(kron(A, B).data)).toEqual([
      0, 5, 0, 10, 6, 7, 12, 14, 0, 15, 0, 20, 18, 21, 24, 28,
    ]);
    expect(Array.from(vec(A))).toEqual([1, 3, 2, 4]);
    expect(Array.from(unvec([1, 3, 2, 4], 2, 2).data)).toEqual([1, 2, 3, 4]);
  });

  it('vec(A X B) = (Bᵀ ⊗ A) vec(X) for random rectangular matrices', () => {
    const rng = rngFor(1);
    for (const [m, n, p, q] of [
      [2, 3, 4, 2],
      [3, 1, 2, 5],
      [4, 4, 3, 3],
    ]) {
      const A = randomMat(m, n, rng);
      const X = randomMat(n, p, rng);
      const B = randomMat(p, q, rng);
      const lhs = vec(matMul(matMul(A, X), B));
      const rhs = matVec(kron(transpose(B), A), vec(X));
      expect(relativeError(lhs, rhs)).toBeLessThan(1e-14);
    }
  });

  it('vec(g āᵀ) = ā ⊗ g (a layer gradient is a Kronecker vector)', () => {
    const rng = rngFor(2);
    const g = randomMat(3, 1, rng);
    const a = randomMat(4, 1, rng);
    expect(maxAbsDiff(vec(matMul(g, transpose(a))), kronVec(a.data, g.data))).toBe(0);
  });

  it('mixed product, transpose, inverse and trace identities on random matrices', () => {
    const rng = rngFor(3);
    const A = randomMat(2, 3, rng);
    const B = randomMat(3, 2, rng);
    const C = randomMat(3, 2, rng);
    const D = randomMat(2, 4, rng);
    const mixed = matMul(kron(A, B), kron(C, D));
    expect(relativeError(mixed.data, kron(matMul(A, C), matMul(B, D)).data)).toBeLessThan(1e-14);
    expect(maxAbsDiff(transpose(kron(A, B)).data, kron(transpose(A), transpose(B)).data)).toBe(0);
    const P = randomMat(3, 3, rng);
    const Q = randomMat(2, 2, rng);
    const inv = inverse(kron(P, Q))!;
    expect(relativeError(inv.data, kron(inverse(P)!, inverse(Q)!).data)).toBeLessThan(1e-12);
    expect(trace(kron(P, Q))).toBeCloseTo(trace(P) * trace(Q), 12);
  });

  it('eigenpairs of A ⊗ B are (λ_i ν_j, r_i ⊗ s_j) for symmetric A, B', () => {
    const rng = rngFor(4);
    const A = randomSpd(3, rng, -0.5);
    const B = randomSpd(4, rng);
    const ea = symEig(A);
    const eb = symEig(B);
    const products: number[] = [];
    const K = kron(A, B);
    for (let i = 0; i < 3; i++) {
      const r = [0, 1, 2].map((k) => ea.vectors.data[k * 3 + i]);
      for (let j = 0; j < 4; j++) {
        const s = [0, 1, 2, 3].map((k) => eb.vectors.data[k * 4 + j]);
        const mu = ea.values[i] * eb.values[j];
        products.push(mu);
        const v = kronVec(r, s);
        expect(
          maxAbsDiff(
            matVec(K, v),
            v.map((x) => mu * x),
          ),
        ).toBeLessThan(1e-12);
      }
    }
    products.sort((x, y) => x - y);
    expect(maxAbsDiff(symEig(K).values, products)).toBeLessThan(1e-12);
    expect(maxAbsDiff(kron(identity(2), identity(3)).data, identity(6).data)).toBe(0);
  });
});

describe('kronChecks (the explorer)', () => {
  it('every check passes to rounding for symmetric invertible matrices', () => {
    const rng = rngFor(5);
    const c = kronChecks(randomSpd(3, rng), randomSpd(2, rng), randomMat(3, 2, rng));
    expect(c.vecIdentity.maxDiff).toBeLessThan(1e-13);
    expect(c.mixedProduct.maxDiff).toBeLessThan(1e-12);
    expect(c.transpose.maxDiff).toBe(0);
    expect(c.trace.maxDiff).toBeLessThan(1e-13);
    expect(c.inverse.ok && c.inverse.maxDiff).toBeLessThan(1e-12);
    expect(c.eigen.ok && c.eigen.maxDiff).toBeLessThan(1e-12);
    expect(c.eigen.ok && c.eigen.vectorResidual).toBeLessThan(1e-12);
    expect(c.detA).toBeGreaterThan(0);
  });

  it('says why the inverse and eigen checks do not apply', () => {
    const singular = mat2x2(1, 2, 2, 4);
    const nonSym = mat2x2(1, 2, 0, 1);
    const X = mat2x2(1, 0, 0, 1);
    const c1 = kronChecks(singular, nonSym, X);
    expect(c1.inverse.ok).toBe(false);
    expect(!c1.inverse.ok && c1.inverse.reason).toMatch(/A is singular/);
    expect(c1.eigen.ok).toBe(false);
    expect(c1.vecIdentity.maxDiff).toBe(0);
    expect(() => kronChecks(singular, nonSym, fromRows([[1, 2, 3]]))).toThrow(RangeError);
  });
});

describe('rounding vs a real difference', () => {
  it('large entries still "hold"; a tampered side does not', () => {
    const A = mat2x2(1000.1, 999.3, 999.3, 998.7);
    const B = fromRows([
      [900.3, -700.7, 3.1],
      [-700.7, 1000.9, 5.3],
      [3.1, 5.3, 800.1],
    ]);
    const X = fromRows([
      [1000, -1000, 3],
      [7, 900, -1],
    ]);
    const c = kronChecks(A, B, X);
    for (const check of [c.vecIdentity, c.mixedProduct, c.transpose, c.trace]) {
      expect(holds(check)).toBe(true);
    }
    expect(c.inverse.ok && holds(c.inverse)).toBe(true);
    expect(c.eigen.ok && holds({ maxDiff: c.eigen.maxDiff, scale: c.eigen.scale })).toBe(true);
    // An absolute tolerance would call this rounding a failure.
    expect(Math.max(c.mixedProduct.maxDiff, c.inverse.ok ? c.inverse.maxDiff : 0)).toBeGreaterThan(
      1e-9,
    );
    expect(holds({ maxDiff: 1e-3 * c.mixedProduct.scale, scale: c.mixedProduct.scale })).toBe(
      false,
    );
  });
});
