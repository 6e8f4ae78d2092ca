import { describe, expect, it } from 'vitest';
import { computePst, type PstRequest } from './compute';
import { precondGd } from './precondGd';
import { buildProblem } from './problem';

const opts = {
  model: 'linear',
  output: 'gaussian',
  sigma: 0.5,
  seed: 2,
  w: [0.5, 0.5],
  pair: 'output',
} as const;

describe('preconditioned GD on the linear model', () => {
  it('full G⁻¹ with α = 1 reaches the least-squares minimum in one step', () => {
    const prob = buildProblem(opts);
    const req: PstRequest = { ...opts, samples: 500, eta: 0.95, lr: 1, gdSteps: 10 };
    const r = computePst(req);
    const run = r.gd!.full;
    expect(run.loss[1] - r.gd!.lossMin).toBeLessThan(1e-12 * Math.max(1, r.gd!.lossMin));
    expect(run.status).toBe('converged');
    expect(prob.params.length).toBe(2);
  });

  it('diag(G)⁻¹ contracts the error by exactly ρ² every two steps', () => {
    const prob = buildProblem(opts);
    const G = computePst({ ...opts, samples: 10, eta: 0.95, lr: 1, gdSteps: 1 }).exactG;
    const rho = G[1] / Math.sqrt(G[0] * G[3]);
    expect(Math.abs(rho)).toBeGreaterThan(0.5);
    const full = precondGd({ ...prob, start: prob.params, curvature: G, lr: 1, steps: 1 });
    const wStar = [full.iterates[2], full.iterates[3]];
    const run = precondGd({
      ...prob,
      start: prob.params,
      curvature: [G[0], 0, 0, G[3]],
      lr: 1,
      steps: 12,
    });
    const err = (k: number) => [run.iterates[2 * k] - wStar[0], run.iterates[2 * k + 1] - wStar[1]];
    for (const k of [0, 3, 8]) {
      const a = err(k);
      const b = err(k + 2);
      expect(b[0]).toBeCloseTo(rho * rho * a[0], 8);
      expect(b[1]).toBeCloseTo(rho * rho * a[1], 8);
    }
  });

  it('a singular preconditioner or a huge step is reported as divergence, not thrown', () => {
    const prob = buildProblem(opts);
    const sing = precondGd({
      ...prob,
      start: prob.params,
      curvature: [0, 0, 0, 1],
      lr: 1,
      steps: 5,
    });
    expect(sing.status).toBe('diverged');
    expect(sing.divergedAt).toBe(0);
    const G = computePst({ ...opts, samples: 10, eta: 0.95, lr: 1, gdSteps: 1 }).exactG;
    const big = precondGd({ ...prob, start: prob.params, curvature: G, lr: 50, steps: 200 });
    expect(big.status).toBe('diverged');
  });
});

describe('divergence on the quadratic loss', () => {
  it('a loss above its start proves growth: reported at that step, the run goes on', () => {
    const req: PstRequest = { ...opts, seed: 1, samples: 5000, eta: 0.95, lr: 1, gdSteps: 30 };
    const run = computePst(req).gd!.diag;
    expect(run.status).toBe('diverged');
    expect(run.divergence).toBe('growth');
    const k = run.divergedAt!;
    // The first step whose loss exceeds the start, and none before it.
    expect(run.loss[k]).toBeGreaterThan(run.loss[0]);
    for (let j = 1; j < k; j++) expect(run.loss[j]).toBeLessThanOrEqual(run.loss[0]);
    // Every step is still stored, so the chart shows the growth to the end.
    expect(run.loss).toHaveLength(31);
    expect(Number.isFinite(run.loss[30])).toBe(true);
    expect(run.loss[30]).toBeGreaterThan(100 * run.loss[0]);
  });

  it('without the quadratic flag (logistic) a rising loss is not called divergence', () => {
    const prob = buildProblem({ ...opts, output: 'bernoulli' });
    const G = computePst({
      ...opts,
      output: 'bernoulli',
      samples: 10,
      eta: 0.95,
      lr: 1,
      gdSteps: 1,
    }).exactG;
    const run = precondGd({
      ...prob,
      start: prob.params,
      curvature: [G[0], 0, 0, G[3]],
      lr: 3,
      steps: 40,
    });
    expect(run.status).toBe('max-steps');
    expect(Math.max(...run.loss)).toBeGreaterThan(run.loss[0]);
  });
});
