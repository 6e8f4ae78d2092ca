import { describe, expect, it } from 'vitest';
import { computeModel2d, computeScaling } from '../../core/cg';
import { initTrain } from '../../core/hf';
import { modelCaption, scalingCaption, trainCaption } from './captions';
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
    const bad = computeModel2d({
      problem: 'himmelblau',
      kappa: 10,
      w: [0.5, 0.5],
      damping: 0,
      steps: 5,
    });
    expect(modelCaption(bad)).toContain('not positive definite');
    const damped = computeModel2d({
      problem: 'himmelblau',
      kappa: 10,
      w: [0.5, 0.5],
      damping: 1,
      steps: 5,
    });
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
