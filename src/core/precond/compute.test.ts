import { describe, expect, it } from 'vitest';
import { runMethod } from '../newton/methods';
import { precondObjective } from './angledQuadratic';
import {
  computeInvariance,
  computeInvarianceSweep,
  type InvarianceRequest,
} from './computeInvariance';
import { computePrecond, type PrecondRequest } from './computePrecond';
import { presetAt } from './presets';
import { deviation } from './trace';
import { LruMemo, NO_MEMO } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

/** What the worker does to a reply: transfer (detach) every array buffer in it. */
function transferAll(result: object) {
  const bufs = new Set<ArrayBuffer>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) bufs.add(v.buffer as ArrayBuffer);
    else Object.values(v).forEach(walk);
  };
  walk(result);
  // structuredClone is a Node/browser global outside the core's ES2022 lib.
  const g = globalThis as unknown as {
    structuredClone(v: unknown, o: { transfer: ArrayBuffer[] }): unknown;
  };
  g.structuredClone(result, { transfer: [...bufs] });
}

const quadSqrt = (): PrecondRequest => {
  const obj = precondObjective('quadratic', { kappa: 50, angle: 30 });
  return {
    problem: 'quadratic',
    kappa: 50,
    angle: 30,
    x0: [-2, 1.5],
    lr: 0.5,
    steps: 60,
    k: 0,
    R: presetAt(obj, [-2, 1.5], 'sqrt', 1).R!,
    b: [0, 0],
    preset: 'sqrt',
    eta: 1,
    follow: false,
    plainGd: true,
    knownFieldKey: null,
    fieldResolution: 64,
    tildeResolution: 32,
  };
};

describe('computePrecond', () => {
  it('quadratic + H^{−1/2}: trajectories coincide, κ(H̃) = 1, one step at the best α', () => {
    const r = computePrecond(quadSqrt(), memo);
    expect(r.distance!.max).toBeLessThan(1e-14);
    expect(r.stepMismatch!).toBeLessThan(1e-14);
    // Both routes use the same stopping test (‖∇J̃‖ = ‖Rᵀ∇J‖), so they end together.
    expect(r.direct.status).toBe('converged');
    expect(r.viaTilde!.status).toBe('converged');
    expect(r.viaTilde!.steps).toBe(r.direct.steps);
    expect(r.point.kappaH!).toBeCloseTo(50, 8);
    expect(r.point.kappaHt!).toBeCloseTo(1, 12);
    expect(r.quad!.before.stepsMeasured).toBe(346);
    expect(r.quad!.after!.stepsMeasured).toBe(1);
    expect(r.jacobi!.atAngle.map((a) => a.angle)).toEqual([0, 30, 45]);
    expect(r.jacobi!.atAngle[0].after).toBe(1);
    expect(r.jacobi!.atAngle[2].after!).toBeCloseTo(50, 6);
    expect(r.plainGd!.status).toBe('diverged'); // α = 0.5 > 2/50
    expect(r.tilde!.values.length).toBe(32 * 32);
    expect(r.tildeIterates!.length).toBe(r.viaTilde!.iterates.length);
  });

  it('survives the worker transferring its arrays (memoized field is copied)', () => {
    const a = computePrecond(quadSqrt(), memo);
    transferAll(a);
    const b = computePrecond(quadSqrt(), memo);
    expect(b.field!.values.length).toBe(64 * 64);
    expect(b.levels.length).toBeGreaterThan(3);
    expect(computePrecond({ ...quadSqrt(), knownFieldKey: b.fieldKey }, memo).field).toBeNull();
  });

  it('gives the same result with a warm memo (the field kept) as without', () => {
    const req = { ...quadSqrt(), follow: true, preset: 'damped' as const, k: 3 };
    computePrecond({ ...req, x0: [1, 1] }, memo);
    expect(computePrecond(req, memo)).toEqual(computePrecond(req, NO_MEMO));
  });

  it('R following the iterate with the square-root preset and α = 1 is Newton', () => {
    const req: PrecondRequest = {
      ...quadSqrt(),
      problem: 'logistic',
      x0: [2, 0.5],
      lr: 1,
      preset: 'sqrt',
      follow: true,
    };
    const r = computePrecond(req, memo);
    const newton = runMethod(precondObjective('logistic'), 'newton', [2, 0.5], {
      lr: 1,
      eta: 0,
      maxSteps: 60,
    });
    expect(deviation(newton.iterates, r.direct.iterates).max).toBeLessThan(1e-12);
    expect(r.distance!.max).toBeLessThan(1e-12);
    expect(r.point.kappaHt!).toBeCloseTo(1, 10);
    expect(r.tildeIterates).toBeNull();
    expect(r.tilde!.next).not.toBeNull();
  });

  it('where GD amplifies rounding, the trajectories drift but every step still agrees', () => {
    const obj = precondObjective('himmelblau');
    const R = presetAt(obj, obj.start, 'sqrt', 1).R!;
    const r = computePrecond(
      { ...quadSqrt(), problem: 'himmelblau', x0: obj.start, lr: 1, R },
      memo,
    );
    expect(r.distance!.max).toBeGreaterThan(1e-6);
    expect(r.stepMismatch!).toBeLessThan(1e-14);
  });

  it('a singular R has no w̃ space: said in words, no crash', () => {
    const r = computePrecond({ ...quadSqrt(), preset: 'custom', R: [1, 2, 0.5, 1] }, memo);
    expect(r.singular).toMatch(/singular/);
    expect(r.viaTilde).toBeNull();
    expect(r.tilde).toBeNull();
    expect(r.direct.iterates.length).toBeGreaterThan(2);
  });
});

describe('computeInvariance', () => {
  const req: InvarianceRequest = {
    problem: 'rosenbrock',
    kappa: 10,
    x0: [-1.2, 1],
    lr: 0.0005,
    eta: 0,
    steps: 50,
    M: [1.6, 0.5, -0.3, 0.7],
    c: [0.2, -0.1],
    rules: ['gd', 'H', 'G', 'F'],
    knownFieldKey: null,
    fieldResolution: 64,
    phiResolution: 32,
  };

  it('Newton/GN/NGD overlay to rounding, GD does not; the sweep grows with η', () => {
    const r = computeInvariance(req, memo);
    const dev = Object.fromEntries(r.pairs.map((p) => [p.rule, p.deviation]));
    expect(dev.H.max).toBeLessThan(1e-10);
    expect(dev.G.max).toBeLessThan(1e-10);
    expect(dev.F.max).toBeLessThan(1e-10);
    expect(dev.gd.relative).toBeGreaterThan(0.05);
    const s = r.sweep!.relative.H!;
    expect(s.length).toBe(r.sweep!.etas.length);
    expect(s[0]).toBeLessThan(1e-6);
    expect(s[0]).toBeLessThan(s[8]);
    expect(s[8]).toBeLessThan(s[16]);
    expect(r.mInfo.orthogonal).toBe(false);
  });

  it('reuses the η sweep and survives transfers; GN/NGD are undefined on the saddle', () => {
    const a = computeInvariance({ ...req, eta: 0.1 }, memo);
    transferAll(a);
    const b = computeInvariance({ ...req, eta: 0.2 }, memo);
    expect(b.sweep!.etas.length).toBe(23);
    expect(b.sweep!.relative.G!.length).toBe(23);
    const s = computeInvariance({ ...req, problem: 'saddle', x0: [1.5, 0.25] }, memo);
    expect(s.defined).toEqual({ gd: true, H: true, G: false, F: false });
    expect(s.pairs.map((p) => p.rule)).toEqual(['gd', 'H']);
    expect(s.model).toMatch(/^Not defined/);
  });

  it('the sweep job gives the sweep computeInvariance gives, which the runs-only job omits', () => {
    const cold = computeInvariance({ ...req, steps: 25 }, NO_MEMO);
    const alone = computeInvarianceSweep({ ...req, steps: 25, eta: 0.7 }, new LruMemo());
    expect(alone).toEqual(cold.sweep);
    expect(computeInvariance({ ...req, omitSweep: true }, memo).sweep).toBeNull();
    const singular = computeInvarianceSweep({ ...req, M: [1, 2, 2, 4] }, memo);
    expect(singular.relative).toEqual({});
  });

  it('a singular M is reported, not computed', () => {
    const r = computeInvariance({ ...req, M: [1, 2, 2, 4] }, memo);
    expect(r.singular).toMatch(/singular/);
    expect(r.pairs).toEqual([]);
  });

  it('gives the same result with a warm memo (field, η sweep to a longer horizon) as without', () => {
    const damped = { ...req, eta: 0.1, steps: 30 };
    computeInvariance({ ...damped, eta: 0, steps: 90 }, memo);
    expect(computeInvariance(damped, memo)).toEqual(computeInvariance(damped, NO_MEMO));
  });
});
