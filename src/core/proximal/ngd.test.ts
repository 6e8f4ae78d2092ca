import { describe, expect, it } from 'vitest';
import { createWorkspace, forward, gaussNewtonMatrix, jvp } from '../nn';
import { minimizeProximal } from './inner';
import { naturalGradientStep } from './ngd';
import { denseSolve, relErr, smallObjective, smallProblem } from './testing';

const p = smallProblem(11);
const objWide = smallObjective(p);

describe('natural-gradient step (linear loss + quadratic FSD + WSD)', () => {
  it('equals −(λ_FSD G + λ_WSD I)⁻¹ g with G from the dense engine matrix', () => {
    const P = p.layout.paramCount;
    const ws = createWorkspace(p.layout, p.wide.length);
    forward(ws, p.anchor, p.wide);
    const G = gaussNewtonMatrix(ws, p.anchor, new Float64Array(P * P));
    const lambdas = { lambdaFsd: 2, lambdaWsd: 0.05 };
    const A = G.map((x) => lambdas.lambdaFsd * x);
    for (let i = 0; i < P; i++) A[i * P + i] += lambdas.lambdaWsd;
    const g = new Float64Array(P);
    objWide.lossGradient(p.anchor, g);
    const want = denseSolve(
      A,
      g.map((x) => -x),
      P,
    );
    const step = naturalGradientStep(objWide, lambdas);
    expect(step.status).toBe('ok');
    expect(relErr(step.delta, want)).toBeLessThan(1e-8);
    // G has rank ≤ M = 11 here, so CG needs at most M + 1 iterations (distinct eigenvalues).
    expect(step.cgIterations).toBeLessThanOrEqual(p.wide.length + 1 + 2);
    expect(step.predictedDecrease).toBeLessThan(0);
  });

  it('agrees with the exact proximal solution to first order as the step shrinks', () => {
    // Scaling both λ's by s shrinks the step like 1/s; the linearization error is O(1/s²),
    // so the relative difference must fall roughly tenfold per decade of s.
    const errs: number[] = [];
    for (const s of [3, 30, 300]) {
      const lambdas = { lambdaFsd: 0.5 * s, lambdaWsd: 0.5 * s };
      const ngd = naturalGradientStep(objWide, lambdas);
      const prox = minimizeProximal(objWide, lambdas, {
        method: 'gd',
        steps: 3000,
        lr: 0.3 / s,
      });
      expect(prox.gradNorm).toBeLessThan(1e-9);
      const dProx = prox.w.map((x, i) => x - p.anchor[i]);
      errs.push(relErr(ngd.delta, dProx));
    }
    expect(errs[2]).toBeLessThan(0.01);
    expect(errs[0] / errs[1]).toBeGreaterThan(5);
    expect(errs[1] / errs[2]).toBeGreaterThan(5);
  });

  it('is unbounded without any quadratic term, and for λ_WSD = 0 when G cannot see g', () => {
    expect(naturalGradientStep(objWide, { lambdaFsd: 0, lambdaWsd: 0 }).status).toBe('unbounded');
    // FSD on 2 points that miss the batch: G has rank 2, g is not in its range.
    const narrow = smallObjective(p, new Float64Array([3, 4]));
    const s = naturalGradientStep(narrow, { lambdaFsd: 1, lambdaWsd: 0 });
    expect(s.status).toBe('unbounded');
    expect(Array.from(s.w)).toEqual(Array.from(p.anchor));
  });

  it('for λ_WSD = 0 with the FSD on the batch, the linearized outputs hit the targets', () => {
    const onBatch = smallObjective(p, p.inputs);
    const s = naturalGradientStep(onBatch, { lambdaFsd: 1, lambdaWsd: 0 });
    expect(s.status).toBe('ok');
    // With M = N and λ_FSD = 1 the model is (1/N)[rᵀJΔ + ½‖JΔ‖²], minimized by JΔ = −r: the
    // Gauss-Newton step of the batch. (The real outputs can land far away: the step is huge.)
    const ws = createWorkspace(p.layout, p.inputs.length);
    const z0 = forward(ws, p.anchor, p.inputs).slice();
    const jd = jvp(ws, p.anchor, s.delta);
    for (let n = 0; n < p.inputs.length; n++) {
      expect(z0[n] + jd[n]).toBeCloseTo(p.targets[n], 6);
    }
  });
});
