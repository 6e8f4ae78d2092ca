import { describe, expect, it } from 'vitest';
import { absEigen, isPD, norm, symEig } from '../linalg/mat2';
import { getObjective } from '../objectives';
import { classifyPoint, runMethod, stepInfo, type MethodOptions } from './methods';
import { randomPoints, relErr } from '../testing';
import { PROBLEM_IDS, type Objective2, type Run2, type Vec2 } from '../types';

const base: MethodOptions = { lr: 0.1, eta: 1, maxSteps: 200 };
const last = (r: Run2): Vec2 => [r.iterates[2 * r.steps], r.iterates[2 * r.steps + 1]];

/**
 * docs/math.md#newtons-method-and-the-taylor-model: f = ½xᵀHx − cᵀx with H = [[3,1],[1,2]],
 * c = (1,−1); minimizer (0.6, −0.8).
 */
const exactQuadratic: Objective2 = {
  id: 'quadratic',
  label: 'the exact quadratic test',
  tex: '',
  value: ([x, y]) => 0.5 * (3 * x * x + 2 * x * y + 2 * y * y) - (x - y),
  grad: ([x, y]) => [3 * x + y - 1, x + 2 * y + 1],
  hess: () => [3, 1, 1, 2],
  domain: [
    [-2, 2],
    [-2, 2],
  ],
  stationary: [{ w: [0.6, -0.8], kind: 'min' }],
  start: [1, 1],
  logLevels: false,
};

describe('runMethod bookkeeping', () => {
  it('starts with x0, keeps 2(steps + 1) coordinates and the loss of each iterate', () => {
    const obj = getObjective('rosenbrock');
    const r = runMethod(obj, 'gd', obj.start, { lr: 1e-3, eta: 0, maxSteps: 50 });
    expect(r.status).toBe('max-steps');
    expect(r.steps).toBe(50);
    expect(r.iterates.length).toBe(2 * (r.steps + 1));
    expect(r.loss.length).toBe(r.steps + 1);
    expect([r.iterates[0], r.iterates[1]]).toEqual([-1.2, 1]);
    for (let k = 0; k <= r.steps; k++) {
      expect(r.loss[k]).toBe(obj.value([r.iterates[2 * k], r.iterates[2 * k + 1]]));
    }
    // GD's update is w − lr∇J, checked on the first step.
    const g = obj.grad(obj.start);
    expect(r.iterates[2]).toBe(-1.2 - 1e-3 * g[0]);
  });

  it('reports convergence at x0 without stepping when ∇J is already below tol', () => {
    const obj = getObjective('saddle');
    const r = runMethod(obj, 'newton', [0, 1], base);
    expect(r).toMatchObject({ status: 'converged', steps: 0 });
  });

  it('rejects invalid options and starts instead of producing garbage', () => {
    const obj = getObjective('quadratic');
    expect(() => runMethod(obj, 'gd', [0, 0], { ...base, lr: 0 })).toThrow(RangeError);
    expect(() => runMethod(obj, 'gd', [0, 0], { ...base, maxSteps: 1.5 })).toThrow(RangeError);
    expect(() => runMethod(obj, 'gd', [NaN, 0], base)).toThrow(RangeError);
  });
});

describe('Newton on a quadratic (docs/math.md#newtons-method-and-the-taylor-model)', () => {
  it('reaches (0.6, −0.8) in exactly one step from any start', () => {
    for (const x0 of [
      [1, 1],
      [-3, 7],
      [1e5, -3e4],
    ] as Vec2[]) {
      const r = runMethod(exactQuadratic, 'newton', x0, base);
      expect(r.status).toBe('converged');
      expect(r.steps).toBe(1);
      expect(relErr(last(r), [0.6, -0.8])).toBeLessThan(1e-10);
    }
    // GD needs many steps on the same problem, so one-step convergence is not a given.
    expect(runMethod(exactQuadratic, 'gd', [1, 1], base).steps).toBeGreaterThan(50);
  });
});

describe('saddle problem', () => {
  const obj = getObjective('saddle');

  it('undamped Newton converges to the saddle, pd-newton to a minimum', () => {
    const newton = runMethod(obj, 'newton', obj.start, base);
    expect(newton.status).toBe('converged');
    expect(classifyPoint(obj, last(newton))).toBe('saddle');
    expect(norm(last(newton))).toBeLessThan(1e-9);

    const pd = runMethod(obj, 'pd-newton', obj.start, base);
    expect(pd.status).toBe('converged');
    expect(classifyPoint(obj, last(pd))).toBe('min');
    expect(Math.abs(Math.abs(last(pd)[1]) - 1)).toBeLessThan(1e-9);
    // Every pd step points downhill — though a full step may still overshoot uphill.
    for (let k = 0; k < pd.steps; k++) {
      const w: Vec2 = [pd.iterates[2 * k], pd.iterates[2 * k + 1]];
      expect(stepInfo(obj, 'pd-newton', w, base).isDescent).toBe(true);
    }
  });
});

describe('stepInfo', () => {
  it.each(PROBLEM_IDS)('pd-newton steps are descent directions on %s', (id) => {
    const obj = getObjective(id);
    for (const w of randomPoints(obj, 300, 99)) {
      if (norm(obj.grad(w)) < 1e-8) continue;
      const pd = stepInfo(obj, 'pd-newton', w, base);
      expect(isPD(pd.curvature)).toBe(true);
      expect(pd.isDescent).toBe(true);
      expect(pd.directional).toBeLessThan(0);
    }
  });

  it.each(['saddle', 'himmelblau'] as const)(
    'undamped Newton steps on %s sometimes go uphill',
    (id) => {
      const obj = getObjective(id);
      const ascents = randomPoints(obj, 300, 99).filter(
        (w) => stepInfo(obj, 'newton', w, base).directional > 0,
      );
      expect(ascents.length).toBeGreaterThan(0);
    },
  );

  it('uses Gauss-Newton when supplied and |H| otherwise', () => {
    const him = getObjective('himmelblau');
    const w: Vec2 = [0.5, 1];
    expect(relErr(stepInfo(him, 'pd-newton', w, base).curvature, him.gaussNewton!(w))).toBeLessThan(
      1e-14,
    );
    const sad = getObjective('saddle');
    expect(stepInfo(sad, 'pd-newton', [0, 0.25], base).curvature).toEqual(
      absEigen([1, 0, 0, 3 * 0.0625 - 1]).matrix,
    );
    expect(stepInfo(sad, 'pd-newton', [0, 0.25], base).curvature[3]).toBeCloseTo(0.8125, 15);
  });

  it('reports whether H + ηI is PD and the step solves (H + ηI)Δw = −∇J', () => {
    const obj = getObjective('saddle');
    const w: Vec2 = [0.3, 0.1]; // H = diag(1, −0.97)
    expect(stepInfo(obj, 'damped-newton', w, { lr: 1, eta: 0.5 }).dampedPD).toBe(false);
    const info = stepInfo(obj, 'damped-newton', w, { lr: 1, eta: 2 });
    expect(info.dampedPD).toBe(true);
    expect(info.isDescent).toBe(true);
    const s = info.step!;
    const C = info.curvature;
    const g = info.grad;
    expect(
      relErr([C[0] * s[0] + C[1] * s[1], C[2] * s[0] + C[3] * s[1]], [-g[0], -g[1]]),
    ).toBeLessThan(1e-15);
    expect(symEig(info.hess).values).toEqual(info.hessEig.values);
  });

  it('gives a null step and a reason when H + ηI is singular', () => {
    const obj = getObjective('saddle');
    const info = stepInfo(obj, 'damped-newton', [0.3, 0.5], { lr: 1, eta: 0.25 }); // H₂₂ = −0.25
    expect(info.step).toBeNull();
    expect(info.isDescent).toBe(false);
    expect(info.reason).toMatch(/singular/);
  });
});

describe('classifyPoint', () => {
  it('distinguishes min, max, saddle and degenerate from Hessian eigenvalues', () => {
    const sad = getObjective('saddle');
    expect(classifyPoint(sad, [0, 1])).toBe('min');
    expect(classifyPoint(sad, [0, 0])).toBe('saddle');
    expect(classifyPoint(sad, [0, 1 / Math.sqrt(3)])).toBe('degenerate');
    expect(
      classifyPoint(getObjective('himmelblau'), [-0.2708445906673476, -0.9230385564799816]),
    ).toBe('max');
  });
});
