import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives';
import { runMethod } from './methods';
import { descentLossUpSteps, lossRiseSteps, lossRoseAt } from './runFacts';

const opts = { lr: 1e-3, eta: 1, maxSteps: 50 };

describe('descent steps on which the loss went up (the loss strip’s markers)', () => {
  it('pd-newton on Rosenbrock: step 1 is a descent direction and overshoots the valley', () => {
    const obj = getObjective('rosenbrock');
    const r = runMethod(obj, 'pd-newton', [-1.2, 1], opts);
    expect(descentLossUpSteps(r)).toEqual([1]);
    // Recomputed from the objective: ∇J(w₀)ᵀ(w₁ − w₀) < 0 and J(w₁) > J(w₀).
    const g = obj.grad([-1.2, 1]);
    expect(g[0] * (r.iterates[2] + 1.2) + g[1] * (r.iterates[3] - 1)).toBeLessThan(0);
    expect(r.loss[1]).toBeGreaterThan(r.loss[0]);
  });

  it('undamped Newton on the logistic example: every step descends and every step raises J', () => {
    const r = runMethod(getObjective('logistic'), 'newton', [2.3, 0.5], { ...opts, eta: 0 });
    expect(r.status).toBe('diverged');
    expect(descentLossUpSteps(r)).toEqual([1, 2, 3, 4]);
  });

  it('Newton on the quadratic and GD with a small step never raise J', () => {
    const q = runMethod(getObjective('quadratic', { kappa: 10 }), 'newton', [-2, 1.5], opts);
    expect(lossRiseSteps(q)).toEqual([]);
    const gd = runMethod(getObjective('rosenbrock'), 'gd', [-1.2, 1], opts);
    expect(lossRiseSteps(gd)).toEqual([]);
  });

  it('an uphill step that raises J is a rise but not a descent step', () => {
    // On the saddle, undamped Newton from inside the band climbs towards the saddle point.
    const r = runMethod(getObjective('saddle'), 'newton', [0.5, 0.3], { ...opts, eta: 0 });
    const rises = lossRiseSteps(r);
    expect(rises.length).toBeGreaterThan(0);
    for (const k of rises) expect(r.directional![k - 1]).toBeGreaterThan(0);
    expect(descentLossUpSteps(r)).toEqual([]);
  });

  it('ignores changes in the last digits of J', () => {
    expect(lossRoseAt([1, 1 + 1e-15], 1)).toBe(false);
    expect(lossRoseAt([1, 1 + 1e-9], 1)).toBe(true);
    expect(lossRoseAt([0, 1e-30], 1)).toBe(true);
  });
});
