import { describe, expect, it } from 'vitest';
import { computeModel2d } from './model2d';
import { cgBoundIters, gdBoundIters } from './bounds';
import { computeScaling, logLogSlope, mvpsToTolerance } from './scaling';
import { eigenvalues } from './spd';
import { LruMemo, NO_MEMO } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

describe('GD vs CG cost: κ vs √κ', () => {
  it('MVPs to 1e-6 grow like κ for GD and like √κ for CG (uniform spectrum)', () => {
    const kappas = [10, 30, 100, 300, 1000];
    const cg: number[] = [];
    const gd: number[] = [];
    for (const kappa of kappas) {
      const m = mvpsToTolerance({ n: 400, kappa, spectrum: 'uniform', groups: 3, seed: 2 }, 1e-6);
      cg.push(m.cg);
      gd.push(m.gd);
    }
    const sGd = logLogSlope(kappas, gd);
    const sCg = logLogSlope(kappas, cg);
    expect(sGd).toBeGreaterThan(0.85);
    expect(sGd).toBeLessThan(1.15);
    expect(sCg).toBeGreaterThan(0.3);
    expect(sCg).toBeLessThan(0.7);
    expect(gd[gd.length - 1]).toBeGreaterThan(10 * cg[cg.length - 1]);
  });

  it('on Chebyshev points CG needs nearly what its bound allows; on a uniform one less, at finite n', () => {
    const r = { groups: 3, seed: 1 };
    for (const kappa of [100, 1000]) {
      const bound = cgBoundIters(kappa, 1e-6);
      const cheb = mvpsToTolerance({ ...r, n: 400, kappa, spectrum: 'chebyshev' }, 1e-6).cg;
      expect(cheb).toBeLessThanOrEqual(bound);
      expect(cheb).toBeGreaterThan(0.9 * bound);
    }
    // Uniform: far below the bound at n = 200, closer with more eigenvalues near the ends.
    const uni = (n: number) => mvpsToTolerance({ ...r, n, kappa: 1000, spectrum: 'uniform' }, 1e-6);
    expect(uni(200).cg).toBeLessThan(0.5 * cgBoundIters(1000, 1e-6));
    expect(uni(1000).cg).toBeGreaterThan(1.5 * uni(200).cg);
  });

  const fewDistinct = {
    n: 40,
    kappa: 100,
    spectrum: 'few-distinct',
    groups: 4,
    seed: 1,
  } as const;

  it('the dense (rotated) run agrees with the eigenbasis sweep and exposes the distinct count', () => {
    const r = computeScaling(fewDistinct, memo);
    expect(r.distinct).toBe(4);
    expect(r.cgSolveIters).toBeLessThanOrEqual(4);
    // CG reaches a relative gap of 1e-12 within 4 MVPs; GD does not come close.
    expect(r.cgGap[4]).toBeLessThan(1e-12);
    expect(r.gdGap[4]).toBeGreaterThan(1e-3);
    const i = r.sweep.kappa.indexOf(100);
    expect(r.sweep.cg[i]).toBeLessThanOrEqual(4);
  });

  it('gives the same result with a warm memo (rotation and κ sweep kept) as without', () => {
    computeScaling({ ...fewDistinct, kappa: 10 }, memo);
    expect(computeScaling(fewDistinct, memo)).toEqual(computeScaling(fewDistinct, NO_MEMO));
  });
});

describe('worst-case bounds', () => {
  it('are the least k with c·ρ^{2k} ≤ ε, 1 at κ = 1, and grow like κ (GD) and √κ (CG)', () => {
    for (const kappa of [2, 10, 1000, 1e6]) {
      const s = Math.sqrt(kappa);
      const cg = cgBoundIters(kappa, 1e-6);
      const rho = (s - 1) / (s + 1);
      expect(4 * rho ** (2 * cg)).toBeLessThanOrEqual(1e-6);
      expect(4 * rho ** (2 * cg - 2)).toBeGreaterThan(1e-6);
      const gd = gdBoundIters(kappa, 1e-6);
      const r = (kappa - 1) / (kappa + 1);
      expect(r ** (2 * gd)).toBeLessThanOrEqual(1e-6);
      expect(r ** (2 * gd - 2)).toBeGreaterThan(1e-6);
    }
    expect(cgBoundIters(1, 1e-6)).toBe(1);
    expect(gdBoundIters(1, 1e-6)).toBe(1);
    // κ × 100: GD's count × 100, CG's × 10 (asymptotically, ln((x+1)/(x−1)) ≈ 2/x).
    expect(gdBoundIters(1e6, 1e-6) / gdBoundIters(1e4, 1e-6)).toBeCloseTo(100, 0);
    expect(cgBoundIters(1e6, 1e-6) / cgBoundIters(1e4, 1e-6)).toBeCloseTo(10, 1);
  });
});

describe('eigenvalue distributions', () => {
  it('chebyshev: the quantiles of the arcsine density on [1, κ] (the Chebyshev extreme points)', () => {
    const n = 101;
    const kappa = 500;
    const l = eigenvalues(n, kappa, 'chebyshev', 3);
    // F(x) = (2/π) arcsin √((x − 1)/(κ − 1)) is the arcsine CDF: F(λ_i) = i/(n − 1).
    l.forEach((x, i) =>
      expect((2 / Math.PI) * Math.asin(Math.sqrt((x - 1) / (kappa - 1)))).toBeCloseTo(
        i / (n - 1),
        12,
      ),
    );
    expect(l[0]).toBe(1);
    expect(l[n - 1]).toBe(kappa);
    // Crowded at the ends: a tenth of the range at either end holds ~20 % each.
    const share = (lo: number, hi: number) => l.filter((x) => x >= lo && x <= hi).length / n;
    expect(share(1, 1 + 0.1 * (kappa - 1))).toBeGreaterThan(0.19);
    expect(share(1 + 0.45 * (kappa - 1), 1 + 0.55 * (kappa - 1))).toBeLessThan(0.07);
  });

  it('span [1, κ] with the requested structure', () => {
    const u = eigenvalues(11, 21, 'uniform', 3);
    expect(Array.from(u)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
    const c = eigenvalues(30, 100, 'clustered', 3);
    expect(c[0]).toBe(1);
    expect(c[29]).toBe(100);
    // Every value lies within 1 % of a centre 1, 10, 100.
    for (const v of c)
      expect(Math.min(...[1, 10, 100].map((m) => Math.abs(v / m - 1)))).toBeLessThanOrEqual(
        0.0100001,
      );
  });
});

describe('2-D model: GD vs CG', () => {
  const base = {
    problem: 'rosenbrock' as const,
    kappa: 10,
    w: [-1.2, 1] as const,
    damping: 0,
    steps: 20,
  };
  it('CG reaches the model minimizer in 2 steps', () => {
    const r = computeModel2d(base);
    expect(r.pd).toBe(true);
    const it2 = [r.cg.iterates[4], r.cg.iterates[5]];
    const target = [r.w[0] + r.vStar![0], r.w[1] + r.vStar![1]];
    expect(Math.hypot(it2[0] - target[0], it2[1] - target[1])).toBeLessThan(
      1e-8 * Math.hypot(...target) + 1e-8,
    );
    // GD with the best fixed step is still far after 2 steps on this ill-conditioned model.
    expect(r.gdFixed.q[2] - r.qStar!).toBeGreaterThan(1e-3 * -r.qStar!);
  });
  it('K = 1 CG is exactly GD with an exact line search', () => {
    const r = computeModel2d({ ...base, problem: 'quadratic', w: [2, 1] });
    expect(r.k1Distance).toBeLessThan(1e-12);
    expect(r.cg.q[1]).toBeCloseTo(r.gdExact.q[1], 12);
  });
  it('a singular C without damping is reported, not crashed on', () => {
    // Himmelblau's Gauss-Newton matrix is singular where 4xy = 1.
    const r = computeModel2d({ ...base, problem: 'himmelblau', w: [0.5, 0.5] });
    expect(r.pd).toBe(false);
    expect(r.vStar).toBeNull();
    expect(r.gdFixed.stop).toBe('not-run');
    expect(r.levels.length).toBeGreaterThan(0);
  });
});
