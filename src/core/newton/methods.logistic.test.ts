import { describe, expect, it } from 'vitest';
import { norm } from '../linalg/mat2';
import { LOGISTIC_NEWTON_THRESHOLD, newtonMapLogistic } from './logistic1d';
import { getObjective } from '../objectives';
import { runMethod, type MethodOptions } from './methods';
import { relErr } from '../testing';
import type { Run2, Vec2 } from '../types';

// runMethod on the damping slides' logistic example; the 1-D maps are in logistic1d.test.ts.

const base: MethodOptions = { lr: 0.1, eta: 1, maxSteps: 200 };
const last = (r: Run2): Vec2 => [r.iterates[2 * r.steps], r.iterates[2 * r.steps + 1]];

describe('undamped Newton on the logistic example', () => {
  const obj = getObjective('logistic');

  it('follows the 1-D map x − sinh x in each coordinate', () => {
    const r = runMethod(obj, 'newton', [2, 0.5], base);
    let x = 2;
    let y = 0.5;
    for (let k = 1; k <= Math.min(r.steps, 4); k++) {
      x = newtonMapLogistic(x);
      y = newtonMapLogistic(y);
      expect(relErr([r.iterates[2 * k], r.iterates[2 * k + 1]], [x, y])).toBeLessThan(1e-12);
    }
  });

  it('converges from |x₀| = 2.17 and diverges from 2.18 (threshold x* ≈ 2.1773)', () => {
    expect(2.17 < LOGISTIC_NEWTON_THRESHOLD && LOGISTIC_NEWTON_THRESHOLD < 2.18).toBe(true);
    expect(runMethod(obj, 'newton', [2.17, 0], base).status).toBe('converged');
    expect(runMethod(obj, 'newton', [-2.17, 0], base).status).toBe('converged');
    const r = runMethod(obj, 'newton', [2.18, 0], base);
    expect(r.status).toBe('diverged');
    expect(r.divergedAt).toBeGreaterThan(0);
    expect(r.iterates.every(Number.isFinite) && r.loss.every(Number.isFinite)).toBe(true);
  });

  it('diverges from the slide example (2.3, 0.5) but converges from (2.0, 0.5)', () => {
    const bad = runMethod(obj, 'newton', [2.3, 0.5], base);
    expect(bad.status).toBe('diverged');
    // Blow-up is detected at the first iterate beyond ‖w‖ = 1e6, which is kept as evidence.
    expect(bad.divergedAt).toBe(bad.steps);
    expect(norm(last(bad))).toBeGreaterThan(1e6);
    expect(bad.reason).toMatch(/1000000/);
    const good = runMethod(obj, 'newton', [2.0, 0.5], base);
    expect(good.status).toBe('converged');
    expect(norm(last(good))).toBeLessThan(1e-10);
  });

  it('treats a singular Hessian as divergence with a reason, keeping finite iterates', () => {
    // At |x| = 800 the curvature ½sech²(400) underflows to 0: H = diag(0, ½).
    const r = runMethod(obj, 'newton', [800, 0.1], base);
    expect(r).toMatchObject({ status: 'diverged', divergedAt: 1, steps: 0 });
    expect(r.reason).toMatch(/singular/);
    expect(Array.from(r.iterates)).toEqual([800, 0.1]);
  });
});

describe('damped Newton on the logistic example', () => {
  const obj = getObjective('logistic');
  const starts: Vec2[] = [
    [2.3, 0.5],
    [20, -15],
  ];

  it.each([1, 10])(
    'converges for η = %s from (2.3, 0.5) and (20, −15) within 5000 steps',
    (eta) => {
      for (const x0 of starts) {
        const r = runMethod(obj, 'damped-newton', x0, { lr: 1, eta, maxSteps: 5000 });
        expect(r.status).toBe('converged');
        expect(norm(last(r))).toBeLessThan(1e-9);
      }
    },
  );

  it('needs ~50 000 steps for η = 1000 (rate 1000/1000.5), descending monotonically', () => {
    for (const x0 of starts) {
      const short = runMethod(obj, 'damped-newton', x0, { lr: 1, eta: 1000, maxSteps: 5000 });
      expect(short.status).toBe('max-steps');
      for (let k = 1; k <= short.steps; k++) expect(short.loss[k]).toBeLessThan(short.loss[k - 1]);
      const long = runMethod(obj, 'damped-newton', x0, { lr: 1, eta: 1000, maxSteps: 80000 });
      expect(long.status).toBe('converged');
      expect(long.steps).toBeGreaterThan(40000);
    }
  });

  it.each([1e-4, 1e-2])('cycles for η = %s from the far starts (2-cycle)', (eta) => {
    for (const x0 of starts) {
      const r = runMethod(obj, 'damped-newton', x0, { lr: 1, eta, maxSteps: 5000 });
      expect(r.status).toBe('cycling');
      expect(r.cycle?.period).toBe(2);
      expect(Math.abs(last(r)[0])).toBeGreaterThan(1);
    }
  });

  it('converges for small η from a start inside the basin', () => {
    for (const eta of [1e-4, 1e-2]) {
      const r = runMethod(obj, 'damped-newton', [2.0, 0.5], { lr: 1, eta, maxSteps: 5000 });
      expect(r.status).toBe('converged');
    }
  });

  it('approaches the minimum at the local rate η/(½ + η)', () => {
    for (const eta of [1e-2, 1, 10]) {
      const r = runMethod(obj, 'damped-newton', [0.01, 0], { lr: 1, eta, maxSteps: 5000 });
      const k = 3;
      const ratio = r.iterates[2 * (k + 1)] / r.iterates[2 * k];
      expect(relErr([ratio], [eta / (0.5 + eta)])).toBeLessThan(1e-4);
    }
  });
});
