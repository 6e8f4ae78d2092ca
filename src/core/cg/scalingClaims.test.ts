/**
 * Property test of the scaling view's captions: over spectra, dimensions, κ, seeds and diagonal
 * scalings, every claim the two captions make is checked by an independent verifier per kind —
 * textbook CG / PCG / GD (testing.ts) on the same spectrum, the bounds from their defining
 * inequalities, distinct eigenvalues by a Set, the arcsine quantiles in closed form.
 */
import { describe, expect, it } from 'vitest';
import { verifyClaims, type Claim, type Verifier } from '../claims/claim';
import { LruMemo } from '../memo';
import { cgBoundIters } from './bounds';
import { pcgClaims } from './pcgClaims';
import { computePcgStudy, type PcgRequest, type PcgStudy } from './pcgStudy';
import { computeScaling, SWEEP_KAPPAS, type ScalingRequest, type ScalingResult } from './scaling';
import { cgRegime, scalingClaims, SQRT_BAND } from './scalingClaims';
import { eigenvalues, makeSpdProblem } from './spd';
import { denseApply, refCgCountOnSpectrum, refGdCount, refPcgCount, refSlope } from './testing';

interface State {
  req: PcgRequest;
  out: ScalingResult;
  pcg: PcgStudy;
}

const memo = new LruMemo();
const close = (a: number, b: number, rel: number, abs = 2) =>
  Math.abs(a - b) <= Math.max(abs, rel * b);
const firstBelow = (g: Float64Array, tol: number) => g.findIndex((v) => v <= tol);

/** Reference counts over the κ sweep for the request's spectrum (cached per request). */
const sweepCache = new Map<string, { cg: number[]; gd: number[] }>();
function refSweep(req: ScalingRequest) {
  const key = JSON.stringify([req.n, req.spectrum, req.groups]);
  if (!sweepCache.has(key)) {
    const cg: number[] = [];
    const gd: number[] = [];
    for (const k of SWEEP_KAPPAS) {
      const lam = eigenvalues(req.n, k, req.spectrum, req.groups);
      cg.push(refCgCountOnSpectrum(lam, 1e-6, 20 * req.n + 100));
      gd.push(refGdCount(lam, 2 / (1 + k), 1e-6, 200000));
    }
    sweepCache.set(key, { cg, gd });
  }
  return sweepCache.get(key)!;
}

/** The reference fit with the documented rule: κ ≥ 10, and CG below n/2 MVPs. */
function refSlopes(req: ScalingRequest) {
  const s = refSweep(req);
  const fit = (ys: number[], cap: number) => {
    const idx = SWEEP_KAPPAS.map((_, i) => i).filter(
      (i) => SWEEP_KAPPAS[i] >= 10 && ys[i] > 0 && ys[i] < cap,
    );
    return idx.length < 2
      ? NaN
      : refSlope(
          idx.map((i) => SWEEP_KAPPAS[i]),
          idx.map((i) => ys[i]),
        );
  };
  return { cg: fit(s.cg, req.n / 2), gd: fit(s.gd, Infinity), sweep: s };
}

/** The regime agrees with the reference slope, unless that slope sits on a band edge. */
function regimeHolds(claimed: string, slope: number): boolean {
  if (cgRegime(slope) === claimed) return true;
  return SQRT_BAND.some((edge) => Math.abs(slope - edge) < 0.02);
}

const verifiers: Record<string, Verifier<State>> = {
  'scaling.mvps': (c, { out }) => {
    const d = c.data as { cg: number; gd: number; tol: number };
    if (d.cg !== firstBelow(out.cgGap, d.tol) || d.gd !== firstBelow(out.gdGap, d.tol))
      return 'counts differ from the plotted gaps';
    const cg = refCgCountOnSpectrum(out.lambda, d.tol, 3 * out.n);
    if (d.cg >= 0 && !close(d.cg, cg, 0.1)) return `reference CG needs ${cg}`;
    const gd = refGdCount(out.lambda, 2 / (1 + out.kappa), d.tol, out.gdGap.length - 1);
    if (!close(d.gd, gd, 0, 1)) return `reference GD needs ${gd}`;
    return null;
  },
  'scaling.bound': (c) => {
    const d = c.data as { kappa: number; tol: number; cgBound: number; gdBound: number };
    const s = Math.sqrt(d.kappa);
    const rhoCg = (s - 1) / (s + 1);
    const rhoGd = (d.kappa - 1) / (d.kappa + 1);
    // The bound is the least k with c·ρ^{2k} ≤ ε.
    const least = (k: number, rho: number, cc: number) =>
      cc * rho ** (2 * k) <= d.tol * (1 + 1e-12) && (k === 1 || cc * rho ** (2 * k - 2) > d.tol);
    if (!least(d.cgBound, rhoCg, 4)) return `CG bound ${d.cgBound} is not the least k`;
    if (!least(d.gdBound, rhoGd, 1)) return `GD bound ${d.gdBound} is not the least k`;
    return null;
  },
  'scaling.slopes': (c, { req }) => {
    const d = c.data as { cgSlope: number; gdSlope: number; regime: string };
    const ref = refSlopes(req);
    if (Math.abs(ref.gd - d.gdSlope) > 0.03) return `reference GD slope ${ref.gd}`;
    if (d.regime === 'no-fit') return Number.isNaN(ref.cg) ? null : `reference fits ${ref.cg}`;
    if (Math.abs(ref.cg - d.cgSlope) > 0.03) return `reference CG slope ${ref.cg}`;
    return regimeHolds(d.regime, ref.cg) ? null : `reference regime ${cgRegime(ref.cg)}`;
  },
  'scaling.why': (c, { req, out }) => {
    const d = c.data as { spectrum: string; regime: string; distinct: number };
    const ref = refSlopes(req);
    if (d.spectrum !== req.spectrum || !regimeHolds(d.regime, ref.cg)) return 'wrong regime';
    // At the largest fitted κ: near the bound on Chebyshev points, well below it otherwise.
    const i = SWEEP_KAPPAS.map((_, j) => j)
      .filter((j) => SWEEP_KAPPAS[j] >= 10 && ref.sweep.cg[j] < req.n / 2)
      .pop()!;
    const ratio = ref.sweep.cg[i] / cgBoundIters(SWEEP_KAPPAS[i], 1e-6);
    if (d.spectrum === 'chebyshev') {
      const F = (x: number) => (2 / Math.PI) * Math.asin(Math.sqrt((x - 1) / (out.kappa - 1)));
      if (!Array.from(out.lambda).every((l, j) => Math.abs(F(l) - j / (out.n - 1)) < 1e-9))
        return 'not the arcsine quantiles';
      return ratio >= 0.85 ? null : `only ${ratio} of the bound`;
    }
    if (d.spectrum === 'few-distinct' && new Set(out.lambda).size !== d.distinct)
      return 'distinct count';
    if (ratio > 0.8) return `${ratio} of the bound is not beating it`;
    if (d.spectrum === 'uniform') {
      // "With larger n … the counts move toward the √κ law": 3n eigenvalues need more MVPs.
      const more = eigenvalues(3 * req.n, SWEEP_KAPPAS[i], 'uniform', req.groups);
      if (!(refCgCountOnSpectrum(more, 1e-6, 9 * req.n) > ref.sweep.cg[i])) return 'larger n';
    }
    return null;
  },
  'scaling.termination': (c, { out }) => {
    const d = c.data as { distinct: number; solved: number; n: number };
    if (new Set(out.lambda).size !== d.distinct) return 'distinct count';
    const solved = firstBelow(out.cgGap, 1e-12);
    if (solved !== d.solved) return `solved at ${solved}`;
    if (c.text.includes('no more than') && !(solved <= d.distinct)) return 'more than distinct';
    if (c.text.includes('rounding') && !(solved > d.distinct && d.distinct < d.n))
      return 'rounding';
    return null;
  },
  'pcg.mvps': (c, { req, pcg }) => {
    const d = c.data as { dScale: number; cgD: number; pcgD: number; cgA: number; tol: number };
    const ref = refPcg(req, d.dScale);
    if (!close(d.cgA, ref.cgA, 0.1)) return `reference CG on A needs ${ref.cgA}`;
    if (d.cgD >= 0 ? !close(d.cgD, ref.cg, 0.1) : ref.cg >= 0 && ref.cg < pcg.cgGap.length - 3)
      return `reference CG on DAD needs ${ref.cg}`;
    if (!close(d.pcgD, ref.pcg, 0.05)) return `reference PCG needs ${ref.pcg}`;
    const diag = Array.from({ length: req.n }, (_, i) => ref.A[i * req.n + i]);
    const spread = Math.max(...diag) / Math.min(...diag);
    return Math.abs(spread / pcg.diagSpread - 1) < 1e-12 ? null : `diag spread ${spread}`;
  },
  'pcg.invariant': (c, { req }) => {
    const a = refPcg(req, 1).pcg;
    const b = refPcg(req, (c.data as { dScale: number }).dScale).pcg;
    return close(a, b, 0.05) ? null : `PCG needs ${a} on A but ${b} on DAD`;
  },
};

/** Textbook CG and Jacobi PCG on DAD, D = diag(s^{i/(n−1)}), the model rebuilt from its seed. */
function refPcg(req: PcgRequest, s: number) {
  const p = makeSpdProblem({ ...req, dense: true }, memo);
  const n = req.n;
  const d = Array.from({ length: n }, (_, i) => s ** (i / (n - 1)));
  const AD = Array.from({ length: n * n }, (_, k) => {
    const i = Math.floor(k / n);
    const j = k % n;
    return d[i] * p.A![k] * d[j];
  });
  const gD = Array.from(p.g, (v, i) => d[i] * v);
  const M = Array.from({ length: n }, (_, i) => AD[i * n + i]);
  const A = denseApply(AD, n);
  return {
    A: p.A!,
    cgA: refPcgCount(denseApply(p.A!, n), Array.from(p.g), p.qStar, 1e-6, 3 * n),
    cg: refPcgCount(A, gD, p.qStar, 1e-6, 2 * n),
    pcg: refPcgCount(A, gD, p.qStar, 1e-6, 3 * n, M),
  };
}

const STATES: PcgRequest[] = [
  // The panel's defaults, then other spectra, sizes, κ, seeds and scalings.
  { n: 200, kappa: 1000, spectrum: 'chebyshev', groups: 5, seed: 1, dScale: 100 },
  { n: 240, kappa: 3000, spectrum: 'chebyshev', groups: 5, seed: 2, dScale: 1000 },
  { n: 40, kappa: 30, spectrum: 'chebyshev', groups: 5, seed: 3, dScale: 1 },
  { n: 200, kappa: 1000, spectrum: 'uniform', groups: 5, seed: 1, dScale: 1 },
  { n: 120, kappa: 10000, spectrum: 'uniform', groups: 5, seed: 4, dScale: 10 },
  { n: 150, kappa: 300, spectrum: 'clustered', groups: 4, seed: 3, dScale: 100 },
  { n: 60, kappa: 100, spectrum: 'few-distinct', groups: 6, seed: 5, dScale: 30 },
  { n: 10, kappa: 1, spectrum: 'chebyshev', groups: 2, seed: 7, dScale: 3 },
];

describe('the scaling captions make only true claims', () => {
  for (const req of STATES) {
    it(`${req.spectrum}, n = ${req.n}, κ = ${req.kappa}, seed ${req.seed}, D ∈ [1, ${req.dScale}]`, () => {
      const out = computeScaling(req, memo);
      const pcg = computePcgStudy(req, memo);
      const claims: Claim[] = [...scalingClaims(out), ...pcgClaims(pcg)];
      expect(claims.length).toBeGreaterThanOrEqual(5);
      expect(verifyClaims(claims, { req, out, pcg }, verifiers)).toEqual([]);
    });
  }

  it('the slopes claim names the √κ law on Chebyshev points and a beaten bound on the others', () => {
    const regime = (req: ScalingRequest) =>
      scalingClaims(computeScaling(req, memo)).find((c) => c.kind === 'scaling.slopes')!.data
        .regime;
    expect(regime(STATES[0])).toBe('sqrt-law');
    expect(regime(STATES[3])).toBe('beats-bound');
    expect(regime(STATES[5])).toBe('beats-bound');
    expect(regime(STATES[6])).toBe('beats-bound');
  });

  it('a false claim is caught: a wrong count, a wrong regime', () => {
    const req = STATES[0];
    const out = computeScaling(req, memo);
    const claims = scalingClaims(out);
    const mvps = claims.find((c) => c.kind === 'scaling.mvps')!;
    const slopes = claims.find((c) => c.kind === 'scaling.slopes')!;
    const bad = [
      { ...mvps, data: { ...mvps.data, cg: 40 } },
      { ...slopes, data: { ...slopes.data, regime: 'beats-bound' } },
    ];
    expect(
      verifyClaims(bad, { req, out, pcg: computePcgStudy(req, memo) }, verifiers),
    ).toHaveLength(2);
  });
});
