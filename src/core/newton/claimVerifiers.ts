/**
 * Independent checks of every claim the Newton and Damping panels make (src/core/claims/claim.ts).
 * Used by the property tests, not at runtime. Each verifier recomputes what its sentence states
 * from the objective's own value, gradient and Hessian with its own 2×2 algebra (closed-form
 * eigenvalues, Cramer's rule), its own periodicity test and its own logistic map — never with the
 * functions that produced the claim — and returns why the claim is false, or null.
 */
import type { Claim, Verifier } from '../claims/claim';
import type { Opt2dResult } from './compute';
import type { Mat2, Objective2, Run2, Vec2 } from '../types';
import { LOGISTIC_VERIFIERS } from './logisticVerifiers';

/** The state on screen: the objective, the parameters the claims depend on and the result. */
export interface Opt2dClaimState {
  obj: Objective2;
  x0: Vec2;
  eta: number;
  steps: number;
  out: Opt2dResult;
}

type V = Verifier<Opt2dClaimState>;

// ---- the verifiers' own algebra ------------------------------------------------------------

/** Eigenvalues of a symmetric 2×2 matrix, ascending, from the characteristic polynomial. */
export function eig2(A: Mat2): [number, number] {
  const m = (A[0] + A[3]) / 2;
  const r = Math.sqrt(((A[0] - A[3]) / 2) ** 2 + ((A[1] + A[2]) / 2) ** 2);
  return [m - r, m + r];
}

/** Solves A x = b by Cramer's rule (null if det is 0 or the result is not finite). */
function cramer(A: Mat2, b: Vec2): Vec2 | null {
  const d = A[0] * A[3] - A[1] * A[2];
  const x: Vec2 = [(b[0] * A[3] - A[1] * b[1]) / d, (A[0] * b[1] - b[0] * A[2]) / d];
  return d !== 0 && Number.isFinite(x[0]) && Number.isFinite(x[1]) ? x : null;
}

const at = (r: Run2, k: number): Vec2 => [r.iterates[2 * k], r.iterates[2 * k + 1]];
const len = (v: Vec2) => Math.hypot(v[0], v[1]);
const gap = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const near = (a: number, b: number, rtol = 1e-6) =>
  Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
const damped = (H: Mat2, eta: number): Mat2 => [H[0] + eta, H[1], H[2], H[3] + eta];

/** Smallest period p ≤ 8 with ‖w_{k+p} − w_k‖ ≤ tol·min step over the last max(12, 3p) steps. */
export function ownPeriod(r: Run2, tol: number): { period: number; window: number } | null {
  const n = r.steps;
  for (let p = 2; p <= 8; p++) {
    const m = Math.max(12, 3 * p);
    if (m > n) return null;
    let minStep = Infinity;
    let back = 0;
    for (let k = n - m; k < n; k++) minStep = Math.min(minStep, gap(at(r, k), at(r, k + 1)));
    for (let k = n - m; k + p <= n; k++) back = Math.max(back, gap(at(r, k), at(r, k + p)));
    const w = at(r, n);
    if (minStep > 1e-9 * (1 + len(w)) && back <= tol * minStep) return { period: p, window: m };
  }
  return null;
}

function runOf(c: Claim, s: Opt2dClaimState): Run2 | string {
  return s.out.runs.find((r) => r.method === c.data.method) ?? `no run of ${String(c.data.method)}`;
}

/** The kind of point w is, from H's eigenvalues; 'either' when one is too small to sign. */
function pointKind(obj: Objective2, w: Vec2): string {
  const [a, b] = eig2(obj.hess(w));
  const big = Math.max(Math.abs(a), Math.abs(b));
  if (Math.min(Math.abs(a), Math.abs(b)) <= 1e-6 * big) return 'near-degenerate';
  return a > 0 ? 'min' : b < 0 ? 'max' : 'saddle';
}

/** Whether the next step of `method` at w cannot be computed or leaves the finite numbers. */
function nextFails(obj: Objective2, method: string, w: Vec2, eta: number): boolean {
  const g = obj.grad(w);
  if (!Number.isFinite(len(g))) return true;
  if (method === 'gd' || method === 'pd-newton') return false;
  const H = method === 'newton' ? obj.hess(w) : damped(obj.hess(w), eta);
  const d = H[0] * H[3] - H[1] * H[2];
  if (Math.abs(d) <= 1e-12 * (Math.abs(H[0] * H[3]) + Math.abs(H[1] * H[2]))) return true;
  const x = cramer(H, g);
  return !x || !Number.isFinite(obj.value([w[0] - x[0], w[1] - x[1]]));
}

// ---- the verifiers -------------------------------------------------------------------------

const runStatus: V = (c, s) => {
  const r = runOf(c, s);
  if (typeof r === 'string') return r;
  if (c.data.steps !== r.steps) return `the run took ${r.steps} steps, not ${String(c.data.steps)}`;
  const n = r.steps;
  const w = at(r, n);
  const gn = len(s.obj.grad(w));
  switch (c.data.status) {
    case 'converged': {
      const lastStep = n > 0 ? gap(w, at(r, n - 1)) : Infinity;
      if (!(gn < 1e-7 || lastStep <= 1e-13 * (1 + len(w))))
        return `‖∇J‖ = ${gn} at the last iterate and its last step is ${lastStep} long`;
      const kind = pointKind(s.obj, w);
      const end = c.data.end;
      if (end !== 'unknown' && kind !== 'near-degenerate' && end !== kind)
        return `the end point is a ${kind}, not a ${String(end)}`;
      return null;
    }
    case 'diverged':
      return !Number.isFinite(len(w)) || len(w) > 1e6 || nextFails(s.obj, r.method, w, s.eta)
        ? null
        : `the last iterate (${w.join(', ')}) is finite, small, and the next step exists`;
    case 'max-steps':
    case 'cycling': {
      if (n !== s.steps) return `the run stopped after ${n} of ${s.steps} steps`;
      if (!(gn >= 0.99e-10)) return `‖∇J‖ = ${gn} at the last iterate: converged`;
      if (!(len(w) <= 1e6)) return `‖w‖ = ${len(w)}: diverged`;
      const loose = ownPeriod(r, 0.0101);
      if (c.data.status === 'max-steps') {
        const strict = ownPeriod(r, 0.0099);
        return strict ? `the tail repeats with period ${strict.period}: it is cycling` : null;
      }
      return loose && loose.period === c.data.period && loose.window === c.data.window
        ? null
        : `no repetition with period ${String(c.data.period)} over ${String(c.data.window)} steps`;
    }
  }
  return `unknown status ${String(c.data.status)}`;
};

const descentLossUp: V = (c, s) => {
  const r = runOf(c, s);
  if (typeof r === 'string') return r;
  for (const k of c.data.steps as readonly number[]) {
    const a = at(r, k - 1);
    const b = at(r, k);
    const g = s.obj.grad(a);
    const d = g[0] * (b[0] - a[0]) + g[1] * (b[1] - a[1]);
    if (!(d < 0)) return `step ${k}: ∇Jᵀ(w_k − w_{k−1}) = ${d} is not negative`;
    if (!(s.obj.value(b) > s.obj.value(a))) return `step ${k}: the loss did not go up`;
  }
  return null;
};

/** The analysed iterate the claim names must be the one on screen. */
function focusW(c: Claim, s: Opt2dClaimState): Vec2 | string {
  const f = s.out.focus;
  const w = c.data.w as readonly number[];
  const run = s.out.runs.find((r) => r.method === f.method);
  if (!run || c.data.k !== f.k) return `iterate ${String(c.data.k)} is not the analysed one`;
  const wk = at(run, f.k);
  return wk[0] === w[0] && wk[1] === w[1] ? wk : `w = (${w.join(', ')}) is not iterate ${f.k}`;
}

const taylorModel: V = (c, s) => {
  const w = focusW(c, s);
  if (typeof w === 'string') return w;
  const H = s.obj.hess(w);
  const [lo, hi] = eig2(H);
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  if (c.data.kind === 'bounded') {
    if (!(lo > 0)) return `ν₁ = ${lo}: H is not positive definite`;
    const x = cramer(H, s.obj.grad(w));
    const m = c.data.minimizer as readonly number[];
    return x && gap([w[0] - x[0], w[1] - x[1]], [m[0], m[1]]) <= 1e-6 * (1 + len(w) + len(x))
      ? null
      : `the minimizer is not w − H⁻¹∇J`;
  }
  if (c.data.kind === 'unbounded')
    return lo < 0 && near(lo, c.data.nu as number, 1e-6) ? null : `ν₁ = ${lo} is not negative`;
  return Math.abs(lo) <= 1e-6 * scale || Math.abs(hi) <= 1e-6 * scale
    ? null
    : `H has eigenvalues ${lo}, ${hi}: not singular`;
};

const pdCurvature: V = (c, s) =>
  c.data.curvature === (s.obj.gaussNewton ? 'gauss-newton' : 'abs-hessian')
    ? null
    : `the problem ${s.obj.gaussNewton ? 'has' : 'has no'} Gauss-Newton matrix`;

/** The eigenvalues of H at the analysed iterate. */
const focusEig = (s: Opt2dClaimState) => eig2(s.obj.hess(s.out.focus.w));

const eigenRegime: V = (c, s) => {
  const nu = c.data.nu as number;
  const eta = s.eta;
  if (!focusEig(s).some((v) => near(v, nu, 1e-9) || Math.abs(v - nu) < 1e-14))
    return `${nu} is not an eigenvalue of H here`;
  const want =
    nu < 0
      ? 'negative'
      : nu === 0
        ? 'zero'
        : eta === 0
          ? 'undamped'
          : nu / eta >= 10
            ? 'newton-like'
            : nu / eta <= 0.1
              ? 'gd-like'
              : 'between';
  return c.data.regime === want ? null : `ν/η = ${nu / eta}: ${want}`;
};

/** The relation of the factors 1/(ν + η) to 1/η that a legend or note states. */
function factorRelation(s: Opt2dClaimState): string {
  const [lo] = focusEig(s);
  const eta = s.eta;
  if (eta === 0) return 'undamped';
  const f = 1 / (lo + eta);
  if (lo + eta === 0) return 'singular';
  if (f < 0) return 'negative';
  return f <= (1 / eta) * (1 + 1e-9) ? 'capped' : 'above-cap';
}

const factorClaim: V = (c, s) => {
  const want = factorRelation(s);
  const [lo] = focusEig(s);
  const nuMin = c.data.nuMin as number;
  if (!(near(lo, nuMin, 1e-9) || Math.abs(lo - nuMin) < 1e-14)) return `ν₁ = ${lo}, not ${nuMin}`;
  return c.data.relation === want
    ? null
    : `the factors are ${want}, not ${String(c.data.relation)}`;
};

const undamped: V = (_c, s) => (s.eta === 0 ? null : `η = ${s.eta}, not 0`);

/** −(H + ηI)⁻¹∇J at the analysed iterate, by Cramer's rule. */
function ownDampedStep(s: Opt2dClaimState): { g: Vec2; step: Vec2 | null; lo: number } {
  const w = s.out.focus.w;
  const H = s.obj.hess(w);
  const g = s.obj.grad(w);
  const x = cramer(damped(H, s.eta), g);
  return { g, step: x && [-x[0], -x[1]], lo: eig2(H)[0] };
}

const dampedPd: V = (c, s) => {
  const w = focusW(c, s);
  if (typeof w === 'string') return w;
  const { g, step, lo } = ownDampedStep(s);
  if (c.data.singular)
    return Math.abs(lo + s.eta) <= 1e-9 * s.eta ? null : `ν₁ + η = ${lo + s.eta}`;
  if (lo + s.eta > 0 !== c.data.pd) return `ν₁ + η = ${lo + s.eta}`;
  if (c.data.stationary) return len(g) === 0 ? null : `‖∇J‖ = ${len(g)}`;
  if (!step) return 'H + ηI is singular';
  const d = g[0] * step[0] + g[1] * step[1];
  if (d < 0 !== c.data.descent) return `∇JᵀΔw = ${d}`;
  if (!near(d, c.data.directional as number))
    return `∇JᵀΔw = ${d}, not ${String(c.data.directional)}`;
  if (c.data.etaMin !== undefined && !near(c.data.etaMin as number, -lo))
    return `−ν₁ = ${-lo}, not ${String(c.data.etaMin)}`;
  return null;
};

const dampedBound: V = (c, s) => {
  const w = focusW(c, s);
  if (typeof w === 'string') return w;
  const { g, step, lo } = ownDampedStep(s);
  if (!step) return 'H + ηI is singular';
  const stepNorm = len(step);
  const bound = len(g) / s.eta;
  if (!near(stepNorm, c.data.stepNorm as number) || !near(bound, c.data.bound as number))
    return `‖Δw‖ = ${stepNorm}, ‖∇J‖/η = ${bound}`;
  if (c.data.psd) {
    if (lo < -1e-12 * Math.max(1, Math.abs(eig2(s.obj.hess(w))[1]))) return `ν₁ = ${lo} < 0`;
    return stepNorm <= bound * (1 + 1e-9) ? null : `‖Δw‖ = ${stepNorm} > ‖∇J‖/η = ${bound}`;
  }
  const f = 1 / (lo + s.eta);
  if (!(lo < 0) || !near(f, c.data.factor as number) || !(f > 1 / s.eta))
    return `ν₁ = ${lo}, 1/(ν₁+η) = ${f}, 1/η = ${1 / s.eta}`;
  return stepNorm <= bound === c.data.within ? null : `‖Δw‖ = ${stepNorm}, ‖∇J‖/η = ${bound}`;
};

/** A verifier for every claim kind of the Newton and Damping panels. */
export const OPT2D_VERIFIERS: Readonly<Record<string, V>> = {
  'run-status': runStatus,
  'descent-loss-up': descentLossUp,
  'taylor-model': taylorModel,
  'pd-curvature': pdCurvature,
  'eigen-regime': eigenRegime,
  'factor-legend': factorClaim,
  'factor-note': factorClaim,
  undamped,
  'damped-pd': dampedPd,
  'damped-bound': dampedBound,
  ...LOGISTIC_VERIFIERS,
};
