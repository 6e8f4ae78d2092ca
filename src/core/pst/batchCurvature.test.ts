import { describe, expect, it } from 'vitest';
import { createRng, createWorkspace, forward, gaussNewtonMatrix } from '../nn';
import { linearGaussianG, logisticFisher } from './closedForms';
import {
  BATCH_DAMPING,
  BATCH_SIZES,
  BATCH_STREAM,
  computeBatchCurvature,
  fitLine,
  type BatchCurvatureRequest,
} from './batchCurvature';
import { buildProblem } from './problem';

const base: BatchCurvatureRequest = {
  model: 'linear',
  output: 'gaussian',
  sigma: 0.5,
  seed: 1,
  w: [0.5, 0.5],
  pair: 'output',
};

/** Per-example G_n of the linear model in closed form: h_n x̄x̄ᵀ, x̄ = (u, 1). */
function linearPerExample(req: BatchCurvatureRequest) {
  const { inputs: u } = buildProblem(req);
  return Array.from(u, (x) => {
    const h = req.output === 'gaussian' ? 1 / req.sigma ** 2 : logisticFisher([x], req.w)[3]; // p(1 − p) at this input
    return [h * x * x, h * x, h * x, h];
  });
}

const frob2 = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);

describe('curvature from one batch', () => {
  it('the per-example matrices average to the exact G (closed form and engine)', () => {
    for (const output of ['gaussian', 'bernoulli'] as const) {
      const req = { ...base, output };
      const Gn = linearPerExample(req);
      const mean = [0, 1, 2, 3].map((k) => Gn.reduce((s, g) => s + g[k], 0) / Gn.length);
      const prob = buildProblem(req);
      const closed =
        output === 'gaussian'
          ? linearGaussianG(prob.inputs, 0.5)
          : logisticFisher(prob.inputs, req.w);
      for (let k = 0; k < 4; k++) expect(mean[k]).toBeCloseTo(closed[k], 12);
    }
  });

  it('RMS error² = (1/B)·mean‖G_n − G‖²/‖G‖² (i.i.d. batches), measured against the closed form', () => {
    for (const output of ['gaussian', 'bernoulli'] as const) {
      const req = { ...base, output, repetitions: 3000 };
      const r = computeBatchCurvature(req);
      const Gn = linearPerExample(req);
      const G = [0, 1, 2, 3].map((k) => Gn.reduce((s, g) => s + g[k], 0) / Gn.length);
      const spread = Gn.reduce((s, g) => s + frob2(g, G), 0) / Gn.length;
      const norm2 = frob2(G, [0, 0, 0, 0]);
      BATCH_SIZES.forEach((B, i) => {
        const expected = Math.sqrt(spread / (B * norm2));
        expect(r.relError[i] / expected).toBeGreaterThan(0.93);
        expect(r.relError[i] / expected).toBeLessThan(1.07);
      });
    }
  });

  it('the fitted log-log slope is −½ (0.4 … 0.6) for both models and outputs', () => {
    for (const model of ['linear', 'net'] as const) {
      for (const output of ['gaussian', 'bernoulli'] as const) {
        for (const seed of [1, 5]) {
          const r = computeBatchCurvature({ ...base, model, output, seed, repetitions: 400 });
          expect(r.slope).toBeGreaterThan(-0.6);
          expect(r.slope).toBeLessThan(-0.4);
          expect(r.paramCount).toBe(model === 'linear' ? 2 : 13);
        }
      }
    }
  });

  it('the step angle matches an independent 2×2 computation on the same batches', () => {
    const req = { ...base, repetitions: 50 };
    const r = computeBatchCurvature(req);
    const Gn = linearPerExample(req);
    const prob = buildProblem(req);
    const N = Gn.length;
    // Full-data gradient in closed form: Xᵀ(Xw − t)/(Nσ²).
    let g0 = 0;
    let g1 = 0;
    for (let n = 0; n < N; n++) {
      const res = (0.5 * prob.inputs[n] + 0.5 - prob.targets[n]) / 0.25;
      g0 += (res * prob.inputs[n]) / N;
      g1 += res / N;
    }
    const G = [0, 1, 2, 3].map((k) => Gn.reduce((s, g) => s + g[k], 0) / N);
    const lam = (BATCH_DAMPING * (G[0] + G[3])) / 2;
    const step = (M: number[]) => {
      const a = M[0] + lam;
      const d = M[3] + lam;
      const det = a * d - M[1] * M[2];
      return [(d * g0 - M[1] * g1) / det, (a * g1 - M[2] * g0) / det];
    };
    const full = step(G);
    const rng = createRng(req.seed + BATCH_STREAM);
    BATCH_SIZES.forEach((B, i) => {
      let sum = 0;
      for (let rep = 0; rep < 50; rep++) {
        const M = [0, 0, 0, 0];
        for (let b = 0; b < B; b++) {
          const g = Gn[rng.int(N)];
          for (let k = 0; k < 4; k++) M[k] += g[k] / B;
        }
        const s = step(M);
        const c = (s[0] * full[0] + s[1] * full[1]) / (Math.hypot(...s) * Math.hypot(...full));
        sum += (Math.acos(Math.min(1, Math.max(-1, c))) * 180) / Math.PI;
      }
      expect(r.stepAngleDeg[i]).toBeCloseTo(sum / 50, 6);
    });
    // More examples, a truer direction.
    expect(r.stepAngleDeg[BATCH_SIZES.length - 1]).toBeLessThan(r.stepAngleDeg[0] / 10);
  });

  it('the net uses the engine’s exact G of all weights; the sweep is seeded and deterministic', () => {
    const req = { ...base, model: 'net' as const, repetitions: 20 };
    const prob = buildProblem(req);
    const ws = createWorkspace(prob.layout, prob.n);
    forward(ws, prob.params, prob.inputs);
    const G = gaussNewtonMatrix(ws, prob.params);
    let tr = 0;
    for (let i = 0; i < 13; i++) tr += G[i * 13 + i];
    const r = computeBatchCurvature(req);
    expect(r.damping).toBeCloseTo((BATCH_DAMPING * tr) / 13, 12);
    expect(computeBatchCurvature(req).relError).toEqual(r.relError);
    expect(computeBatchCurvature({ ...req, seed: 2 }).relError).not.toEqual(r.relError);
  });

  it('fitLine recovers a known line', () => {
    const f = fitLine([0, 1, 2, 3], [1, -1, -3, -5]);
    expect(f.slope).toBeCloseTo(-2, 14);
    expect(f.intercept).toBeCloseTo(1, 14);
  });
});
