import { describe, expect, it } from 'vitest';
import { computeModel2d, computePcgStudy, computeScaling } from '../../core/cg';
import { initTrain } from '../../core/hf';
import { defaultsOf } from '../../params/spec';
import { modelCaption, pcgCaption, scalingCaption, trainCaption } from './captions';
import { HF_PARAMS } from './params';
import { progressOf } from './useHfTraining';
import { LruMemo } from '../../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

describe('captions follow the computed state', () => {
  it('model: 2 CG steps on a PD model, an explanation on a singular one', () => {
    const pd = computeModel2d({
      problem: 'quadratic',
      kappa: 10,
      w: [-1.2, 1],
      damping: 0,
      steps: 5,
    });
    expect(modelCaption(pd)).toContain('condition number κ = 10');
    expect(modelCaption(pd)).toContain('minimizer in 2 steps');
    // At (0.5, 0.5) Himmelblau's Hessian is indefinite: damping 1 makes the model convex.
    const himmelblauModel = (damping: number) =>
      computeModel2d({ problem: 'himmelblau', kappa: 10, w: [0.5, 0.5], damping, steps: 5 });
    const bad = himmelblauModel(0);
    expect(modelCaption(bad)).toContain('not positive definite');
    const damped = himmelblauModel(1);
    expect(modelCaption(damped)).not.toContain('not positive definite');
  });

  it('scaling: distinct eigenvalues and the finite-termination count', () => {
    const r = computeScaling(
      { n: 40, kappa: 100, spectrum: 'few-distinct', groups: 3, seed: 2 },
      memo,
    );
    const c = scalingCaption(r);
    expect(c).toContain('has 3 distinct eigenvalues among n = 40');
    expect(c).toContain(`in ${r.cgSolveIters} iterations`);
    expect(r.cgSolveIters).toBeLessThanOrEqual(3);
    expect(c).toContain('no more than the number of distinct eigenvalues');
  });

  it('scaling, the default settings: the √κ law — fitted CG slope in [0.4, 0.6], GD ≈ 1', () => {
    const p = defaultsOf(HF_PARAMS);
    expect(p.spectrum).toBe('chebyshev');
    const req = { n: p.n, kappa: p.skappa, spectrum: p.spectrum, groups: p.groups, seed: p.seed };
    const r = computeScaling(req, memo);
    expect(r.slopes.cg).toBeGreaterThanOrEqual(0.4);
    expect(r.slopes.cg).toBeLessThanOrEqual(0.6);
    expect(r.slopes.gd).toBeGreaterThan(0.95);
    expect(r.slopes.gd).toBeLessThan(1.05);
    const c = scalingCaption(r);
    expect(c).toContain('the √κ law of its bound');
    expect(c).toContain('Chebyshev points');
    // The PCG study at the default scaling: Jacobi PCG far ahead of CG on DAD.
    const pcg = computePcgStudy({ ...req, dScale: p.dscale }, memo);
    const to = (g: Float64Array) => g.findIndex((v) => v <= r.tol);
    expect(to(pcg.pcgGap)).toBeGreaterThan(0);
    expect(to(pcg.cgGap) < 0 || to(pcg.cgGap) > 3 * to(pcg.pcgGap)).toBe(true);
    // CG on A in the PCG job is the same run as the cost chart's.
    expect(Array.from(pcg.cgGapA)).toEqual(Array.from(r.cgGap));
    expect(pcgCaption(pcg)).toContain('Jacobi PCG is blind to D');
  });

  it('training: before the start, and the progress of a fresh state', () => {
    expect(trainCaption(null, 5)).toContain('Press Train');
    const s = initTrain(
      {
        preset: 'spirals',
        seed: 1,
        batch: 16,
        cgMax: 10,
        lambda0: 1,
        adaptLambda: true,
        precondition: false,
        sgdLr: 0.1,
        adamLr: 0.01,
        budgetMs: 1000,
      },
      memo,
    );
    expect(progressOf(s)).toBe(0);
    s.hf.timeMs = 1000;
    expect(progressOf(s)).toBeCloseTo(1 / 3, 12);
    expect(trainCaption(s, 1)).toContain('HF 0 iterations');
  });
});
