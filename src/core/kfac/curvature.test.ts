import { describe, expect, it } from 'vitest';
import { addDiagonal, identity, maxAbsDiff, relativeError, symEig, trace } from '../linalg';
import { computeCurvature, validateSizes } from './curvature';
import { kron, vec } from './kron';
import { exactTikhonovSolve, factoredDamping, kronSolve, solveCosts, tikhonovPi } from './solve';
import { FLOAT32_BYTES, representationSizes } from './sizes';
import { BASE_REQUEST, randomMat, randomSpd, rngFor } from './testing';

const base = BASE_REQUEST;

describe('the factored curvature of a small MLP', () => {
  it('deep linear net with squared error: K-FAC equals every exact G block', () => {
    const r = computeCurvature({ ...base, sizes: [3, 4, 4, 2], activation: 'linear' });
    for (const b of r.blocks) expect(b.relError).toBeLessThan(1e-12);
    expect(r.factorError).toBeLessThan(1e-12);
    // The blocks are exact but the layers are still coupled: step 1 keeps its error.
    expect(r.blockError).toBeGreaterThan(0.05);
    expect(r.totalError).toBeCloseTo(r.blockError, 10);
  });

  it('one example: K-FAC is exact for any network and loss', () => {
    const r = computeCurvature({ ...base, batch: 1, loss: 'softmax-ce', activation: 'relu' });
    for (const b of r.blocks) expect(b.relError).toBeLessThan(1e-12);
  });

  it('nonlinear net or softmax: K-FAC differs from the exact blocks', () => {
    for (const req of [
      { ...base, activation: 'tanh' as const },
      { ...base, activation: 'linear' as const, loss: 'softmax-ce' as const },
    ]) {
      const r = computeCurvature(req);
      expect(Math.max(...r.blocks.map((b) => b.relError))).toBeGreaterThan(1e-3);
      expect(r.totalError).toBeGreaterThan(r.blockError);
    }
  });

  it('the block-diagonal part is G inside the blocks and zero outside', () => {
    const r = computeCurvature(base);
    const P = r.paramCount;
    expect(P).toBe(4 * 4 + 5 * 3);
    const [b1, b2] = r.blocks;
    expect(r.blockDiagonal[0]).toBe(r.G[0]);
    expect(r.blockDiagonal[b1.offset * P + b2.offset]).toBe(0);
    expect(r.G[b1.offset * P + b2.offset]).not.toBe(0);
    // K-FAC's block is A ⊗ S literally, in the column-major parameter layout.
    const K = kron(b2.A, b2.S);
    expect(r.kfac[b2.offset * P + b2.offset + 1]).toBe(K.data[1]);
  });

  it('validates sizes with a readable reason', () => {
    expect(validateSizes([3], 'squared-error')).toMatch(/2 to 5/);
    expect(validateSizes([3, 0, 2], 'squared-error')).toMatch(/1 to 12/);
    expect(validateSizes([12, 12, 12], 'squared-error')).toMatch(/parameters/);
    expect(validateSizes([3, 4, 1], 'softmax-ce')).toMatch(/2 units/);
    expect(validateSizes([3, 4, 1], 'squared-error')).toBeNull();
    expect(() => computeCurvature({ ...base, sizes: [3, 99] })).toThrow(RangeError);
  });
});

describe('solving with a Kronecker-factored block', () => {
  it('vec(S⁻¹ V A⁻¹) equals the explicit (A ⊗ S)⁻¹ vec(V)', () => {
    const rng = rngFor(11);
    const A = randomSpd(4, rng);
    const S = randomSpd(3, rng);
    const V = randomMat(3, 4, rng);
    const X = kronSolve(A, S, V)!;
    // Check by multiplying back: (A ⊗ S) vec X = vec(S X A) = vec V.
    const K = kron(A, S);
    const back = new Float64Array(12);
    const x = vec(X);
    for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) back[i] += K.data[i * 12 + j] * x[j];
    expect(relativeError(back, vec(V))).toBeLessThan(1e-12);
    expect(kronSolve(addDiagonal(A, -100), S, V)).toBeNull();
  });

  it('factored Tikhonov: (A + π√γI)⊗(S + √γ/π I) = A⊗S + γI + π√γ I⊗S + (√γ/π) A⊗I, traces balanced', () => {
    const rng = rngFor(12);
    const A = randomSpd(3, rng);
    const S = randomSpd(2, rng);
    const gamma = 0.7;
    const { A: Ad, S: Sd, pi } = factoredDamping(A, S, gamma);
    expect(pi).toBeCloseTo(Math.sqrt(trace(A) / 3 / (trace(S) / 2)), 14);
    const lhs = kron(Ad, Sd);
    const r = Math.sqrt(gamma);
    const rhs = addDiagonal(kron(A, S), gamma);
    const t1 = kron(identity(3), S);
    const t2 = kron(A, identity(2));
    for (let i = 0; i < rhs.data.length; i++)
      rhs.data[i] += pi * r * t1.data[i] + (r / pi) * t2.data[i];
    expect(maxAbsDiff(lhs.data, rhs.data)).toBeLessThan(1e-13);
    expect(pi * r * trace(t1)).toBeCloseTo((r / pi) * trace(t2), 12);
    expect(tikhonovPi(identity(2), addDiagonal(identity(2), -1))).toBe(1);
  });

  it('exact Tikhonov via eigendecompositions equals (A⊗S + γI)⁻¹ vec V', () => {
    const rng = rngFor(13);
    const A = randomSpd(4, rng, 0);
    const S = randomSpd(3, rng, 0);
    const V = randomMat(3, 4, rng);
    const gamma = 0.05;
    const X = exactTikhonovSolve(A, S, V, gamma);
    const K = addDiagonal(kron(A, S), gamma);
    const back = new Float64Array(12);
    const x = vec(X);
    for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) back[i] += K.data[i * 12 + j] * x[j];
    expect(relativeError(back, vec(V))).toBeLessThan(1e-11);
    expect(symEig(K).values[0]).toBeGreaterThan(gamma * 0.999);
  });

  it('the curvature result carries a damping demo whose solves agree with the explicit ones', () => {
    const d = computeCurvature({ ...base, layer: 2, gamma: 0.3 }).damping;
    expect(d.layer).toBe(2);
    expect(d.factoredMaxDiff).toBeLessThan(1e-10);
    expect(d.exactMaxDiff).toBeLessThan(1e-10);
    expect(d.factoredVsExact).toBeGreaterThan(1e-4);
    expect(d.costs.factored).toBeLessThan(d.costs.explicit);
  });

  it('costs: the factored solve is O(a³ + s³), the explicit one O((as)³)', () => {
    const c = solveCosts(1000, 1000);
    expect(c.factored).toBeCloseTo((2 / 3) * 1e9 + 4e9, 0);
    expect(c.explicit).toBeCloseTo(1e18 / 3 + 3e12, -3);
    expect(solveCosts(2, 3).explicit).toBeCloseTo(36 + 72 + 72, 12);
  });
});

describe('representation sizes', () => {
  it('the slide: 3 layers of 1000×1000 → 9e12, 3e12, 6e6 entries', () => {
    const s = representationSizes([1000, 1000, 1000, 1000]);
    expect(s.params).toBe(3e6);
    expect(s.full).toBe(9e12);
    expect(s.blockDiagonal).toBe(3e12);
    expect(s.kfac).toBe(6e6);
    expect(s.kfac * FLOAT32_BYTES).toBe(24e6);
  });

  it('counts the homogeneous coordinate when asked', () => {
    const s = representationSizes([2, 3], true);
    expect(s.layerParams).toEqual([9]);
    expect(s.full).toBe(81);
    expect(s.kfac).toBe(9 + 9);
    expect(() => representationSizes([5])).toThrow(RangeError);
  });
});
