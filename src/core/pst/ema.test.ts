import { describe, expect, it } from 'vitest';
import { createRng } from '../nn';
import { biasGoneAfter, emaDiagonal, emaTimescale } from './ema';

const pairs = (f: (k: number) => [number, number], S: number) => {
  const out = new Float64Array(2 * S);
  for (let k = 0; k < S; k++) out.set(f(k + 1), 2 * k);
  return out;
};

describe('EMA of squared pseudo-gradients', () => {
  it('the debiased form is exact after one step; the raw one is (1 − η)·Dw²', () => {
    for (const eta of [0, 0.5, 0.95, 0.999]) {
      const { raw, debiased } = emaDiagonal([3, -0.5, 7, 7], eta);
      expect(debiased[0]).toBeCloseTo(9, 12);
      expect(debiased[1]).toBeCloseTo(0.25, 12);
      expect(raw[0]).toBeCloseTo((1 - eta) * 9, 12);
    }
  });

  it('follows the recursion d ← ηd + (1 − η)Dw² literally', () => {
    const s = [1, 2, 3, 4, 5, 6];
    const eta = 0.9;
    const { raw, debiased } = emaDiagonal(s, eta);
    const d1 = 0.1 * 1;
    const d2 = eta * d1 + 0.1 * 9;
    const d3 = eta * d2 + 0.1 * 25;
    expect(raw[4]).toBeCloseTo(d3, 14);
    expect(debiased[4]).toBeCloseTo(d3 / (1 - eta ** 3), 14);
  });

  it('timescale 1/(1 − η): a ramp is tracked with a lag of 1/(1 − η) − 1 steps', () => {
    for (const eta of [0.5, 0.9, 0.95, 0.99]) {
      const S = 5000;
      // Dw² = k at step k.
      const { raw } = emaDiagonal(
        pairs((k) => [Math.sqrt(k), 0], S),
        eta,
      );
      const lag = S - raw[2 * S - 2];
      expect(lag).toBeCloseTo(emaTimescale(eta) - 1, 6);
    }
    expect(emaTimescale(0.95)).toBeCloseTo(20, 12);
  });

  it('a constant input: debiased is exact at every step; raw reaches 1 − η^τ ≈ 1 − 1/e after τ steps', () => {
    const eta = 0.99;
    const tau = Math.round(emaTimescale(eta));
    const { raw, debiased } = emaDiagonal(
      pairs(() => [2, 1], 300),
      eta,
    );
    for (let k = 0; k < 300; k++) expect(debiased[2 * k]).toBeCloseTo(4, 10);
    expect(raw[2 * (tau - 1) + 1]).toBeCloseTo(1 - eta ** tau, 12);
    expect(Math.abs(raw[2 * (tau - 1) + 1] - (1 - Math.exp(-1)))).toBeLessThan(0.01);
  });

  it('noise vs lag: the steady-state variance of the estimate is Var(Dw²)(1 − η)/(1 + η)', () => {
    const rng = createRng(11);
    const S = 200000;
    const s = pairs(() => [rng.normal(), rng.normal()], S);
    for (const eta of [0.8, 0.95]) {
      const { debiased } = emaDiagonal(s, eta);
      let m = 0;
      let v = 0;
      const burn = 1000;
      for (let k = burn; k < S; k++) m += debiased[2 * k] / (S - burn);
      for (let k = burn; k < S; k++) v += (debiased[2 * k] - m) ** 2 / (S - burn);
      expect(m).toBeGreaterThan(0.95);
      expect(m).toBeLessThan(1.05);
      // Var(ε²) = 2 for ε ~ N(0, 1).
      const predicted = (2 * (1 - eta)) / (1 + eta);
      expect(v / predicted).toBeGreaterThan(0.85);
      expect(v / predicted).toBeLessThan(1.15);
    }
  });

  it('rejects η outside [0, 1)', () => {
    expect(() => emaDiagonal([1, 1], 1)).toThrow(RangeError);
    expect(() => emaDiagonal([1, 1], -0.1)).toThrow(RangeError);
  });
});

describe('biasGoneAfter', () => {
  it('is the first step whose biased estimate is within tol of the debiased one, for good', () => {
    const samples = Float64Array.from({ length: 400 }, (_, i) => Math.sin(1.7 * i) + 1.2);
    for (const [eta, tol] of [
      [0.9, 0.01],
      [0.95, 0.002],
      [0.5, 1e-3],
    ]) {
      const { raw, debiased } = emaDiagonal(samples, eta);
      const gap = (k: number) =>
        Math.abs(raw[2 * (k - 1)] - debiased[2 * (k - 1)]) / debiased[2 * (k - 1)];
      const K = biasGoneAfter(eta, tol);
      expect(gap(K)).toBeLessThan(tol);
      expect(gap(K - 1)).toBeGreaterThanOrEqual(tol);
      for (let k = K; k <= 200; k++) expect(gap(k)).toBeLessThan(tol);
    }
    expect(biasGoneAfter(0, 0.01)).toBe(1); // η = 0: no memory, no bias
  });
});
