/**
 * A typed objective in the Preconditioning, Invariance and Hessian-free computations: typing a
 * built-in problem's formula must give that problem's numbers, and the typed path must keep
 * every property the panels show (κ(H̃) = 1, exact invariance of Newton, CG in two steps).
 */
import { describe, expect, it } from 'vitest';
import { computeModel2d } from '../core/cg';
import { computeInvariance, type InvarianceRequest } from '../core/precond/computeInvariance';
import { computePrecond, type PrecondRequest } from '../core/precond/computePrecond';
import { matmul, transpose } from '../core/linalg/mat2';
import { buildCustom } from './customObjective';
import { LruMemo } from '../core/memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';
// H = [[34, 32], [32, 32]] everywhere.
const QUAD = '(x - 1)^2 + 16*(x + y)^2';

const precondReq = (over: Partial<PrecondRequest>): PrecondRequest => ({
  problem: 'rosenbrock',
  kappa: 50,
  angle: 30,
  x0: [-1.2, 1],
  lr: 0.002,
  steps: 40,
  k: 3,
  R: [1, 0, 0, 1],
  b: [0, 0],
  preset: 'identity',
  eta: 1,
  follow: false,
  plainGd: true,
  knownFieldKey: null,
  fieldResolution: 40,
  tildeResolution: 20,
  ...over,
});

const maxDiff = (a: Float64Array, b: Float64Array) => {
  expect(a.length).toBe(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
};

describe('Preconditioning with a typed objective', () => {
  it('typed Rosenbrock gives the built-in runs, for a fixed R and for R following the iterate', async () => {
    for (const over of [
      { R: [0.3, 0.1, -0.2, 0.5] as const, preset: 'custom' as const },
      { preset: 'sqrt' as const, follow: true, lr: 0.5 },
    ]) {
      const builtIn = computePrecond(precondReq(over), memo);
      const req = precondReq({ ...over, problem: 'custom', f: ROSENBROCK, range: [-2, 2, -1, 3] });
      const typed = computePrecond(req, memo, await buildCustom(req));
      expect(maxDiff(typed.direct.iterates, builtIn.direct.iterates)).toBeLessThan(1e-9);
      expect(typed.direct.status).toBe(builtIn.direct.status);
      expect(typed.distance!.max).toBeLessThan(1e-12);
      expect(typed.custom?.f).toBe(ROSENBROCK);
      expect(typed.fieldKey).not.toBe(builtIn.fieldKey);
      // The field comes from the grid evaluator over the requested box.
      expect(typed.field!.domain).toEqual([
        [-2, 2],
        [-1, 3],
      ]);
      expect(maxDiff(typed.field!.values, builtIn.field!.values)).toBeLessThan(1e-9);
    }
  });

  it('builds a named preset from the typed Hessian in the worker: RRᵀ = H⁻¹ and κ(H̃) = 1', async () => {
    const req = precondReq({ problem: 'custom', f: QUAD, preset: 'cholesky', x0: [0.3, 1.2] });
    const out = computePrecond(req, memo, await buildCustom(req));
    const RRt = matmul(out.fixedR, transpose(out.fixedR));
    const Hinv = [32 / 64, -32 / 64, -32 / 64, 34 / 64];
    RRt.forEach((v, i) => expect(v).toBeCloseTo(Hinv[i], 12));
    expect(out.point.kappaHt).toBeCloseTo(1, 12);
    expect(out.point.kappaH).toBeGreaterThan(60);
    expect(out.start.replaced).toBe(false);
    // A hand-made R is used as given.
    const own = precondReq({ ...req, preset: 'custom', R: [2, 0, 0, 1] });
    expect(computePrecond(own, memo, await buildCustom(own)).fixedR).toEqual([2, 0, 0, 1]);
  });
});

describe('Invariance with a typed objective', () => {
  const base: InvarianceRequest = {
    problem: 'custom',
    f: 'x^4/4 + (y - x)^2 + 0.5*x',
    kappa: 10,
    x0: [0.3, 1.2],
    lr: 0.05,
    eta: 0,
    steps: 40,
    M: [1.6, 0.5, -0.3, 0.7],
    c: [0.2, -0.1],
    rules: ['gd', 'H', 'G', 'F'],
    knownFieldKey: null,
    fieldResolution: 40,
    phiResolution: 20,
  };

  it('Newton is invariant to rounding, GD is not, GN and NGD are not defined', async () => {
    const out = computeInvariance(base, memo, await buildCustom(base));
    expect(out.defined).toEqual({ gd: true, H: true, G: false, F: false });
    expect(out.model).toContain('typed f(x, y)');
    const dev = Object.fromEntries(out.pairs.map((p) => [p.rule, p.deviation.relative]));
    expect(dev.H).toBeLessThan(1e-12);
    expect(dev.gd).toBeGreaterThan(1e-2);
    // Damping breaks it gradually: the sweep rises from rounding to visible.
    const sweep = out.sweep!.relative.H!;
    expect(sweep[0]).toBeLessThan(1e-6); // at η = 1e-8 the deviation is O(η)
    expect(sweep[sweep.length - 1]).toBeGreaterThan(1e-3);
  });

  it('typed Rosenbrock reproduces the built-in invariance runs', async () => {
    const req = {
      ...base,
      f: ROSENBROCK,
      x0: [-1.2, 1] as const,
      lr: 0.001,
      rules: ['H'] as const,
    };
    const typed = computeInvariance(req, memo, await buildCustom(req));
    const builtIn = computeInvariance({ ...req, problem: 'rosenbrock' }, memo);
    expect(maxDiff(typed.pairs[0].theta.iterates, builtIn.pairs[0].theta.iterates)).toBeLessThan(
      1e-9,
    );
  });
});

describe('Hessian-free model view with a typed objective', () => {
  const req = {
    problem: 'custom' as const,
    f: QUAD,
    kappa: 10,
    w: [0, 0] as const,
    damping: 0,
    steps: 20,
  };

  it('C is the exact Hessian plus λI, and CG reaches the minimizer in two steps', async () => {
    const out = computeModel2d(req, await buildCustom({ ...req, x0: req.w }));
    expect(out.curvature).toBe('hessian');
    expect(out.C).toEqual([34, 32, 32, 32]);
    expect(out.cg.iterates.length / 2 - 1).toBe(2);
    // The model's minimizer of a quadratic f is f's own minimizer, (1, −1).
    expect(out.w[0] + out.vStar![0]).toBeCloseTo(1, 12);
    expect(out.w[1] + out.vStar![1]).toBeCloseTo(-1, 12);
    const damped = computeModel2d({ ...req, damping: 2 }, await buildCustom({ ...req, x0: req.w }));
    expect(damped.C).toEqual([36, 32, 32, 34]);
  });

  it('an indefinite Hessian: no minimizer, CG stops on negative curvature', async () => {
    const r = { ...req, f: 'x^2 - y^2', w: [0.5, 0.5] as const };
    const out = computeModel2d(r, await buildCustom({ ...r, x0: r.w }));
    expect(out.pd).toBe(false);
    expect(out.vStar).toBeNull();
    expect(out.cg.stop).toBe('negative-curvature');
  });

  it('a custom request without its parsed objective is a programming error', () => {
    expect(() => computeModel2d(req)).toThrow(/parsed expression/);
  });
});
