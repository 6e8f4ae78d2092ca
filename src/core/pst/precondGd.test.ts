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
