import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives';
import { runMethod } from './methods';
import { taylorModel } from './taylor';
import { fdGrad, randomPoints, relErr } from '../testing';
import { PROBLEM_IDS, type Objective2, type Vec2 } from '../types';

describe('taylorModel', () => {
  it.each(PROBLEM_IDS)('on %s: a bounded model is minimized by the Newton iterate', (id) => {
    const obj = getObjective(id);
    let bounded = 0;
    for (const w of randomPoints(obj, 60, 5)) {
      const m = taylorModel(obj, w);
      expect(m.value(w)).toBe(obj.value(w));
      if (m.kind !== 'bounded') {
        expect(m.minimizer).toBeNull();
        continue;
      }
      bounded++;
      const newton = runMethod(obj, 'newton', w, { lr: 1, eta: 0, maxSteps: 1 });
      const w1: Vec2 = [newton.iterates[2], newton.iterates[3]];
      expect(m.minimizer).toEqual(w1);
      // ∇J_quad vanishes there (checked by differencing the model, not by its formula), and the
      // model is higher everywhere around it.
      const scale = Math.max(1, Math.hypot(w1[0] - w[0], w1[1] - w[1]));
      expect(relErr(fdGrad(m.value, w1, 1e-4 * scale), [0, 0])).toBeLessThan(
        1e-6 * (1 + Math.abs(m.value(w1))),
      );
      for (const [dx, dy] of [
        [1e-2, 0],
        [0, -1e-2],
        [3e-2, 3e-2],
      ]) {
        expect(m.value([w1[0] + dx * scale, w1[1] + dy * scale])).toBeGreaterThan(m.value(w1));
      }
    }
    expect(bounded).toBeGreaterThan(0);
  });

  it('is exact for a quadratic objective', () => {
    const obj = getObjective('quadratic', { kappa: 50 });
    const m = taylorModel(obj, [1.3, -0.7]);
    for (const w of randomPoints(obj, 20, 3)) {
      expect(relErr([m.value(w)], [obj.value(w)])).toBeLessThan(1e-13);
    }
    expect(relErr(m.minimizer!, [0, 0])).toBeLessThan(1e-14);
  });

  it('matches J to second order near w₀', () => {
    const obj = getObjective('rosenbrock');
    const w0: Vec2 = [-0.7, 0.4];
    const m = taylorModel(obj, w0);
    const err = (h: number) =>
      Math.abs(m.value([w0[0] + h, w0[1] - h]) - obj.value([w0[0] + h, w0[1] - h]));
    // Third-order error: halving h divides it by ≈ 8.
    expect(err(1e-2) / err(5e-3)).toBeCloseTo(8, 0);
  });

  it('is unbounded below where H is indefinite (the saddle start)', () => {
    const obj = getObjective('saddle');
    const m = taylorModel(obj, obj.start);
    expect(m).toMatchObject({ kind: 'unbounded', bounded: false, minimizer: null });
    // Walking along the negative-curvature eigenvector sends the model to −∞.
    const v = m.hessEig.vectors[0];
    expect(m.value([obj.start[0] + 1e3 * v[0], obj.start[1] + 1e3 * v[1]])).toBeLessThan(-1e5);
  });

  it('is degenerate where the curvature underflows (logistic at x = 800) — a ramp, not a valley', () => {
    const m = taylorModel(getObjective('logistic'), [800, 0.2]);
    expect(m).toMatchObject({ kind: 'degenerate', bounded: false, minimizer: null });
  });

  it('calls a flat valley bounded but degenerate', () => {
    const valley: Objective2 = {
      ...getObjective('saddle'),
      value: ([, y]) => 0.5 * (y - 1) * (y - 1),
      grad: ([, y]) => [0, y - 1],
      hess: () => [0, 0, 0, 1],
    };
    expect(taylorModel(valley, [3, 0])).toMatchObject({
      kind: 'degenerate',
      bounded: true,
      minimizer: null,
    });
  });
});
