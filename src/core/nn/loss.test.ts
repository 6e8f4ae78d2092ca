import { describe, expect, it } from 'vitest';
import { createLayout, OUTPUT_KINDS, type OutputKind } from './mlp';
import { meanLoss, outputGradient, outputHessianVec } from './loss';
import { createRng } from './rng';
import { centralDiff, randomVector, relErr } from './testing';

function layoutFor(output: OutputKind, k = 4) {
  return createLayout({ sizes: [1, k], activations: ['linear'], output, variance: 0.3 });
}

describe.each(OUTPUT_KINDS)('output layer: %s', (output) => {
  const layout = layoutFor(output);
  const rng = createRng(71);
  const N = 3;
  const z = randomVector(N * 4, rng, 2);
  const t = new Float64Array(N * 4);
  for (let n = 0; n < N; n++) t[n * 4 + (n % 4)] = 1;

  it('∇_z ℓ matches differences of the loss (per example, no 1/N)', () => {
    const g = new Float64Array(N * 4);
    outputGradient(layout, z, t, N, g);
    for (let i = 0; i < z.length; i++) {
      const e = new Float64Array(z.length);
      e[i] = 1;
      const d = centralDiff((zz) => [N * meanLoss(layout, zz, t, N)], z, e)[0];
      expect(Math.abs(d - g[i])).toBeLessThan(1e-8);
    }
  });

  it('H_z u matches differences of ∇_z ℓ', () => {
    const u = randomVector(N * 4, rng);
    const hu = new Float64Array(N * 4);
    outputHessianVec(layout, z, u, N, hu);
    const g = new Float64Array(N * 4);
    const fd = centralDiff(
      (zz) => {
        outputGradient(layout, zz, t, N, g);
        return g;
      },
      z,
      u,
    );
    expect(relErr(hu, fd)).toBeLessThan(1e-7);
  });
});

describe('numerical stability on extreme logits', () => {
  it('softmax-CE stays finite and exact at |z| = 800', () => {
    const layout = layoutFor('softmax-ce', 2);
    const z = new Float64Array([800, -800]);
    expect(meanLoss(layout, z, new Float64Array([1, 0]), 1)).toBe(0);
    expect(meanLoss(layout, z, new Float64Array([0, 1]), 1)).toBe(1600);
    const g = new Float64Array(2);
    outputGradient(layout, z, new Float64Array([0, 1]), 1, g);
    expect(Array.from(g)).toEqual([1, -1]);
  });

  it('Bernoulli uses a stable softplus', () => {
    const layout = layoutFor('bernoulli', 2);
    const z = new Float64Array([800, -800]);
    // softplus(800) − 0 = 800; softplus(−800) − 1·(−800) = 800.
    expect(meanLoss(layout, z, new Float64Array([0, 1]), 1)).toBe(1600);
    expect(meanLoss(layout, z, new Float64Array([1, 0]), 1)).toBeCloseTo(0, 300);
    const g = new Float64Array(2);
    outputGradient(layout, z, new Float64Array([1, 0]), 1, g);
    expect(Array.from(g)).toEqual([0, 0]);
  });
});
