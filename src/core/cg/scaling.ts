/**
 * The scaling view: GD (best fixed step) vs CG on an n-dimensional SPD model, counted in MVPs.
 * One run at the chosen κ on the rotated dense matrix, and a sweep over κ in the eigenbasis
 * (GD and CG are rotation-invariant, so the counts are the same and an MVP costs n, not n²).
 */
import { NO_MEMO, type Memo } from '../memo';
import { conjugateGradient } from './cg';
import { bestFixedStep, gdOnModel } from './gd';
import { denseCg, relGap } from './denseRun';
import { countDistinct, denseMatVec, diagMatVec, makeSpdProblem, type Spectrum } from './spd';

export interface ScalingRequest {
  n: number;
  kappa: number;
  spectrum: Spectrum;
  groups: number;
  seed: number;
}

export interface ScalingResult {
  n: number;
  kappa: number;
  spectrum: Spectrum;
  distinct: number;
  lambda: Float64Array;
  /** Relative model gap (q(x_i) − q*)/(q(0) − q*) after each MVP, index = MVPs. */
  cgGap: Float64Array;
  gdGap: Float64Array;
  /** CG iterations until the relative gap is below SOLVED_GAP (finite termination). */
  cgSolveIters: number;
  /** The sweep: κ values and MVPs to reach SWEEP_TOL (NaN = cap reached). */
  sweep: { kappa: Float64Array; cg: Float64Array; gd: Float64Array };
  /** Least-squares slopes of log MVPs vs log κ over the sweep points with κ ≥ 10. */
  slopes: { cg: number; gd: number };
  tol: number;
}

export const SWEEP_TOL = 1e-6;
/** The model counts as minimized (finite termination reached) below this relative gap. */
export const SOLVED_GAP = 1e-12;
export const GD_CAP = 200000;
export const SWEEP_KAPPAS = [1, 3, 10, 30, 100, 300, 1000, 3000, 10000];

/** Slope of log y vs log x by least squares over the finite, positive pairs. */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > 0 && ys[i] > 0 && Number.isFinite(ys[i])) {
      px.push(Math.log(xs[i]));
      py.push(Math.log(ys[i]));
    }
  }
  const m = px.length;
  if (m < 2) return NaN;
  const mx = px.reduce((a, b) => a + b, 0) / m;
  const my = py.reduce((a, b) => a + b, 0) / m;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (px[i] - mx) * (py[i] - my);
    sxx += (px[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** MVPs for CG and for GD (best fixed step) to bring the relative gap below tol. */
export function mvpsToTolerance(r: ScalingRequest, tol: number): { cg: number; gd: number } {
  // The eigenbasis form only: no rotation to build or keep.
  const p = makeSpdProblem(r, NO_MEMO);
  const A = diagMatVec(p.lambda);
  const qTarget = p.qStar * (1 - tol);
  const cg = conjugateGradient(A, p.gEig, { maxIters: 20 * r.n + 100, qTarget });
  const gd = gdOnModel(
    A,
    p.gEig,
    { kind: 'fixed', alpha: bestFixedStep(1, r.kappa) },
    { maxIters: GD_CAP, qTarget },
  );
  return {
    cg: cg.stop === 'target' ? cg.mvps : NaN,
    gd: gd.stop === 'target' ? gd.mvps : NaN,
  };
}

/**
 * The sweep points a slope is fitted over: κ ≥ 10 (below, counts are a handful of MVPs) and a
 * finite count below `cap` (CG's is capped near n by finite termination: the law is about κ).
 */
export function fitIndices(kappas: ArrayLike<number>, mvps: ArrayLike<number>, cap: number) {
  return Array.from(kappas, (_, i) => i).filter(
    (i) => kappas[i] >= 10 && Number.isFinite(mvps[i]) && mvps[i] < cap,
  );
}

/** CG's counts are fitted below n/2: well before finite termination bends them flat. */
export const cgFitCap = (n: number) => 0.5 * n;

function sweepSlope(kappas: Float64Array, mvps: Float64Array, cap: number): number {
  const keep = fitIndices(kappas, mvps, cap);
  return logLogSlope(
    keep.map((i) => kappas[i]),
    keep.map((i) => mvps[i]),
  );
}

/** MVPs to SWEEP_TOL at every κ of SWEEP_KAPPAS; it does not depend on the chosen κ. */
function sweepFor(r: ScalingRequest) {
  const kappas = Float64Array.from(SWEEP_KAPPAS);
  const sweepCg = new Float64Array(kappas.length);
  const sweepGd = new Float64Array(kappas.length);
  kappas.forEach((k, i) => {
    const m = mvpsToTolerance({ ...r, kappa: k }, SWEEP_TOL);
    sweepCg[i] = m.cg;
    sweepGd[i] = m.gd;
  });
  return { kappas, sweepCg, sweepGd };
}

/** `memo` keeps the κ sweep and the rotation, so dragging κ stays fast. */
export function computeScaling(r: ScalingRequest, memo: Memo): ScalingResult {
  const p = makeSpdProblem({ ...r, dense: true }, memo);
  // CG on the rotated dense matrix, where rounding (loss of orthogonality) really happens.
  const cg = denseCg(denseMatVec(p.A!, r.n), p.g, p.qStar);
  // GD is insensitive to rounding: run it in the eigenbasis (same iterates up to rotation, an
  // MVP costs n instead of n²), over a window a few times longer than CG needed.
  const len = Math.max(40, Math.min(4000, 3 * cg.mvps)) + 1;
  const gd = gdOnModel(
    diagMatVec(p.lambda),
    p.gEig,
    { kind: 'fixed', alpha: bestFixedStep(p.lambda[0], p.lambda[r.n - 1]) },
    { maxIters: len - 1 },
  );
  const cgGap = relGap(cg.q, p.qStar, cg.q.length);
  const solved = cgGap.findIndex((v) => v <= SOLVED_GAP);
  // The sweep does not depend on κ or on the PCG study's D.
  const { kappas, sweepCg, sweepGd } = memo.get(
    `cg-sweep|${r.n}|${r.spectrum}|${r.groups}|${r.seed}`,
    () => sweepFor(r),
  );
  return {
    n: r.n,
    kappa: r.kappa,
    spectrum: r.spectrum,
    distinct: countDistinct(p.lambda),
    lambda: p.lambda,
    cgGap,
    gdGap: relGap(gd.q, p.qStar, gd.q.length),
    cgSolveIters: solved >= 0 ? solved : NaN,
    sweep: { kappa: kappas.slice(), cg: sweepCg.slice(), gd: sweepGd.slice() },
    // CG's count is capped near n by finite termination: fit only the points well below it.
    slopes: {
      cg: sweepSlope(kappas, sweepCg, cgFitCap(r.n)),
      gd: sweepSlope(kappas, sweepGd, Infinity),
    },
    tol: SWEEP_TOL,
  };
}
