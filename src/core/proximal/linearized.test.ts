import { describe, expect, it } from 'vitest';
import { LruMemo } from '../memo';
import { computeProximal, type ProximalRequest } from './compute';
import { minimizeProximal } from './inner';
import { sgdStep } from './linearized';
import { naturalGradientStep } from './ngd';
import { createProximalObjective } from './objective';
import { nearestBatch, scenarioFor } from './scenario';
import { relErr, smallObjective, smallProblem } from './testing';

const memo = new LruMemo();

const p = smallProblem(11);
const obj = smallObjective(p);

describe('the SGD step: linear loss + WSD, no FSD', () => {
  it('is −∇L/λ_WSD, a step with learning rate 1/λ_WSD, and unbounded at λ_WSD = 0', () => {
    const g = new Float64Array(p.layout.paramCount);
    obj.lossGradient(p.anchor, g);
    const s = sgdStep(obj, 4);
    expect(s.status).toBe('ok');
    expect(s.learningRate).toBe(0.25);
    s.delta.forEach((d, i) => expect(d).toBe(-g[i] / 4));
    s.w.forEach((w, i) => expect(w).toBe(p.anchor[i] + s.delta[i]));
    expect(sgdStep(obj, 0).status).toBe('unbounded');
  });

  it('is the natural-gradient step with the FSD switched off', () => {
    const ngd = naturalGradientStep(obj, { lambdaFsd: 0, lambdaWsd: 2.5 });
    expect(relErr(ngd.delta, sgdStep(obj, 2.5).delta)).toBeLessThan(1e-12);
  });

  it('agrees with the converged Loss + WSD proximal step to first order as λ_WSD grows', () => {
    // The step shrinks like 1/λ and the linearization error like 1/λ²: the relative difference
    // falls about tenfold per decade of λ.
    const errs = [3, 30, 300].map((lam) => {
      const prox = minimizeProximal(
        obj,
        { lambdaFsd: 0, lambdaWsd: lam },
        { method: 'gd', steps: 3000, lr: 0.5 / lam },
      );
      expect(prox.gradNorm).toBeLessThan(1e-9);
      return relErr(
        sgdStep(obj, lam).delta,
        prox.w.map((x, i) => x - p.anchor[i]),
      );
    });
    expect(errs[2]).toBeLessThan(0.01);
    expect(errs[0] / errs[1]).toBeGreaterThan(5);
    expect(errs[1] / errs[2]).toBeGreaterThan(5);
  });

  it('is the sixth view of the panel, measured against the Loss + WSD view', () => {
    const req: ProximalRequest = {
      seed: 1,
      batchCenter: 1.8,
      batchSize: 8,
      fsdOn: 'wide',
      lambdaFsd: 3,
      lambdaWsd: 30,
      steps: 100,
      lr: 0.02,
      method: 'gd',
    };
    const r = computeProximal(req, memo);
    expect(r.views.map((v) => v.id)).toEqual(['previous', 'wsd', 'fsd', 'both', 'ngd', 'sgd']);
    const sgd = r.views[5];
    expect(sgd).toMatchObject({ lambdaFsd: 0, lambdaWsd: 30, status: 'ok' });
    expect(r.sgd.learningRate).toBeCloseTo(1 / 30, 15);
    expect(sgd.terms.wsd).toBeGreaterThan(0);
    // Its departure from the Loss + WSD view's step, recomputed from the two steps.
    const sc = scenarioFor(1, memo);
    const batch = nearestBatch(sc.data.inputs, 1.8, 8);
    const xs = Float64Array.from(batch, (i) => sc.data.inputs[i]);
    const o = createProximalObjective(sc.layout, sc.anchor, {
      inputs: xs,
      targets: Float64Array.from(batch, (i) => sc.data.targets[i]),
      fsdInputs: xs,
    });
    const wsd = minimizeProximal(o, { lambdaFsd: 0, lambdaWsd: 30 }, req).w;
    const dProx = wsd.map((x, i) => x - sc.anchor[i]);
    const dSgd = sgdStep(o, 30).delta;
    const norm = (a: ArrayLike<number>) => Math.hypot(...Array.from(a));
    const want = norm(dSgd.map((x, i) => x - dProx[i])) / norm(dProx);
    expect(r.sgd.stepDeparture).toBeCloseTo(want, 12);
    expect(r.sgd.proxStepNorm).toBeCloseTo(norm(dProx), 12);
    const none = computeProximal({ ...req, lambdaWsd: 0 }, new LruMemo());
    expect(none.views[5].status).toBe('unbounded');
    expect(none.sgd.stepDeparture).toBeNaN();
  });
});
