import { describe, expect, it } from 'vitest';
import { computePst, computePstEma, type PstRequest } from './compute';
import { LruMemo, NO_MEMO } from '../memo';
import { linearEmpiricalFisher, linearGaussianG, logisticFisher } from './closedForms';
import { relFrobenius } from './moments';
import { createWorkspace, forward } from '../nn';
import { buildProblem, LINEAR_TEACHER } from './problem';

const base: PstRequest = {
  model: 'linear',
  output: 'gaussian',
  sigma: 0.5,
  samples: 2000,
  seed: 1,
  eta: 0.95,
  w: [0, 0],
  pair: 'output',
  lr: 1,
  gdSteps: 20,
};

describe('linear regression with Gaussian noise', () => {
  it('the exact G of the engine is XᵀX / (Nσ²)', () => {
    for (const sigma of [0.2, 0.5, 2]) {
      const r = computePst({ ...base, sigma });
      const closed = linearGaussianG(r.data.inputs, sigma);
      expect(relFrobenius(r.exactG, closed)).toBeLessThan(1e-12);
      // σ really enters: G scales like 1/σ².
      expect(r.exactG[3]).toBeCloseTo(1 / (sigma * sigma), 10);
    }
  });

  it('G does not depend on the weights w', () => {
    const a = computePst({ ...base, w: [0, 0] });
    const b = computePst({ ...base, w: [3, -1] });
    expect(relFrobenius(a.exactG, b.exactG)).toBeLessThan(1e-14);
  });

  it('the PST sample covariance converges to G with error shrinking like 1/√S', () => {
    const sizes = [100, 400, 1600, 6400];
    const seeds = 24;
    const mean = sizes.map((samples) => {
      let acc = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const r = computePst({ ...base, samples, seed });
        acc += relFrobenius(r.sampleG, r.exactG);
      }
      return acc / seeds;
    });
    // Each 4× more samples should halve the error; a generous band for sampling noise.
    for (let i = 1; i < sizes.length; i++) {
      const ratio = mean[i - 1] / mean[i];
      expect(ratio).toBeGreaterThan(1.5);
      expect(ratio).toBeLessThan(2.7);
    }
    // err·√S is about constant (a 1/S or S^{-1/4} law would fail this).
    const c = mean.map((e, i) => e * Math.sqrt(sizes[i]));
    expect(Math.max(...c) / Math.min(...c)).toBeLessThan(1.6);
    expect(mean[3]).toBeLessThan(0.05);
  });
});

describe('logistic regression', () => {
  it('the sampled-Fisher covariance matches Xᵀ diag(p(1−p)) X / N', () => {
    const w = [0.8, -1] as const;
    const r = computePst({ ...base, output: 'bernoulli', w, samples: 5000, seed: 3 });
    const closed = logisticFisher(r.data.inputs, w);
    expect(relFrobenius(r.exactG, closed)).toBeLessThan(1e-12);
    expect(relFrobenius(r.sampleG, closed)).toBeLessThan(0.08);
    // …and it is informative: much closer than a 30% rescaling of the truth.
    const off = closed.map((v) => 1.3 * v) as unknown as typeof closed;
    expect(relFrobenius(r.sampleG, closed)).toBeLessThan(relFrobenius(off, closed) / 2);
  });

  it('Bernoulli pseudo-gradients are Dw = x̄ (σ(z) − t̃) with t̃ ∈ {0, 1}', () => {
    const r = computePst({ ...base, output: 'bernoulli', samples: 50 });
    for (let s = 0; s < 50; s++) {
      const t = r.recipe.sampledTarget[s];
      expect(t === 0 || t === 1).toBe(true);
      const p = 1 / (1 + Math.exp(-r.recipe.z[s]));
      expect(r.recipe.dz[s]).toBeCloseTo(p - t, 12);
      expect(r.samples[2 * s]).toBeCloseTo(r.recipe.x[s] * r.recipe.dz[s], 12);
      expect(r.samples[2 * s + 1]).toBeCloseTo(r.recipe.dz[s], 12);
    }
  });
});

describe('the recipe numbers shown step by step', () => {
  it('Gaussian: t̃ ~ N(z, σ²), Dz = (z − t̃)/σ², Dw = (u·Dz, Dz), z = w·x̄', () => {
    const sigma = 0.7;
    const r = computePst({ ...base, sigma, w: [0.5, 0.5], samples: 40 });
    for (let s = 0; s < 40; s++) {
      const u = r.recipe.x[s];
      expect(r.data.inputs[r.recipe.index[s]]).toBe(u);
      expect(r.recipe.z[s]).toBeCloseTo(0.5 * u + 0.5, 14);
      expect(r.recipe.dz[s]).toBeCloseTo(
        (r.recipe.z[s] - r.recipe.sampledTarget[s]) / sigma ** 2,
        12,
      );
      expect(r.samples[2 * s]).toBeCloseTo(u * r.recipe.dz[s], 12);
      expect(r.samples[2 * s + 1]).toBeCloseTo(r.recipe.dz[s], 12);
    }
    // The sampled targets really have variance σ² around z.
    const big = computePst({ ...base, sigma, samples: 5000 });
    let v = 0;
    for (let s = 0; s < 5000; s++) v += (big.recipe.sampledTarget[s] - big.recipe.z[s]) ** 2 / 5000;
    expect(v / sigma ** 2).toBeGreaterThan(0.93);
    expect(v / sigma ** 2).toBeLessThan(1.07);
  });

  it('net: the displayed J entries Dw_i / Dz are ∂z/∂w_i (finite differences)', () => {
    const req = { ...base, model: 'net', pair: 'mixed', samples: 5 } as const;
    const r = computePst(req);
    const prob = buildProblem(req);
    const x = r.recipe.x.subarray(0, 2);
    const f = (params: Float64Array) => {
      const ws = createWorkspace(prob.layout, 1);
      return forward(ws, params, x)[0];
    };
    expect(f(prob.params)).toBeCloseTo(r.recipe.z[0], 12);
    for (const i of [0, 1] as const) {
      const h = 1e-6;
      const plus = Float64Array.from(prob.params);
      const minus = Float64Array.from(prob.params);
      plus[prob.chosen[i]] += h;
      minus[prob.chosen[i]] -= h;
      const fd = (f(plus) - f(minus)) / (2 * h);
      expect(r.samples[i] / r.recipe.dz[0]).toBeCloseTo(fd, 6);
    }
  });
});

describe('true vs empirical Fisher', () => {
  it('the empirical Fisher differs from F away from the teacher', () => {
    for (const output of ['gaussian', 'bernoulli'] as const) {
      const w = [0.5, 0.5] as const;
      const r = computePst({ ...base, output, samples: 5000, w });
      const closed = linearEmpiricalFisher(r.data.inputs, r.data.targets, w, output, 0.5);
      expect(relFrobenius(r.exactEmpirical, closed)).toBeLessThan(1e-12);
      expect(relFrobenius(r.sampleEmpirical, closed)).toBeLessThan(0.12);
      expect(relFrobenius(r.exactEmpirical, r.exactG)).toBeGreaterThan(0.3);
    }
  });

  it('logistic at w = 0: p = ½ makes (p − t)² = p(1 − p) for every label, so they coincide', () => {
    const r = computePst({ ...base, output: 'bernoulli', w: [0, 0] });
    expect(relFrobenius(r.exactEmpirical, r.exactG)).toBeLessThan(1e-14);
  });

  it('at the data-generating weights of a well-specified Gaussian model they nearly agree', () => {
    const r = computePst({ ...base, samples: 100, w: LINEAR_TEACHER });
    // E[(z − t)²] = σ² there, so only finite-N noise separates them.
    expect(relFrobenius(r.exactEmpirical, r.exactG)).toBeLessThan(0.35);
    const far = computePst({ ...base, samples: 100, w: [0, 0] });
    expect(relFrobenius(far.exactEmpirical, far.exactG)).toBeGreaterThan(
      3 * relFrobenius(r.exactEmpirical, r.exactG),
    );
  });
});

describe('small network', () => {
  for (const output of ['gaussian', 'bernoulli'] as const) {
    for (const pair of ['output', 'hidden', 'mixed'] as const) {
      it(`PST covariance of 2 chosen weights → exact G block (${output}, ${pair})`, () => {
        const r = computePst({ ...base, model: 'net', output, pair, samples: 5000, seed: 4 });
        expect(r.inputDim).toBe(2);
        expect(r.gd).toBeNull();
        expect(relFrobenius(r.sampleG, r.exactG)).toBeLessThan(0.12);
        // Symmetric PSD block.
        expect(r.exactG[1]).toBeCloseTo(r.exactG[2], 12);
        expect(r.exactG[0] * r.exactG[3] - r.exactG[1] ** 2).toBeGreaterThanOrEqual(-1e-12);
      });
    }
  }
});

describe('determinism and bad input', () => {
  it('the same request draws the same samples; S does not change the data', () => {
    const a = computePst(base);
    const b = computePst(base);
    expect(a.samples).toEqual(b.samples);
    const c = computePst({ ...base, samples: 500 });
    expect(c.data.inputs).toEqual(a.data.inputs);
    expect(c.samples).toEqual(a.samples.subarray(0, 1000));
  });

  it('rejects σ ≤ 0 and a non-integer S', () => {
    expect(() => computePst({ ...base, sigma: 0 })).toThrow(/σ/);
    expect(() => computePst({ ...base, samples: 1.5 })).toThrow(/S/);
    expect(() => computePst({ ...base, sigma: NaN })).toThrow(/σ/);
  });
});

describe('an η move reuses the samples', () => {
  it('gives the same estimates with a warm memo as without, drawing the samples once', () => {
    const memo = new LruMemo();
    let draws = 0;
    const counting = {
      get: <T>(key: string, compute: () => T) =>
        memo.get(key, () => {
          if (key.startsWith('pst-samples:')) draws++;
          return compute();
        }),
    };
    for (const eta of [0.9, 0.5, 0.99]) {
      const req = { ...base, samples: 400, eta };
      expect(computePstEma(req, counting)).toEqual(computePstEma(req, NO_MEMO));
    }
    expect(draws).toBe(1);
  });
});
