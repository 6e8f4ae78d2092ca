/**
 * Independent checks of the GD caption's claims (test helper, not used at runtime). Everything is
 * recomputed from the data set and the samples with closed forms — the linear model's loss,
 * gradient and G (core/pst/closedForms), the minimizer by normal equations or Newton, the EMA by
 * its recursion, the bound from an explicit P^½HP^½ — sharing no code with the engine runs or
 * with the predicates the captions are built from.
 */
import type { Claim, Verifier } from '../../core/claims/claim';
import { linearGaussianG, logisticFisher, type PstResult } from '../../core/pst';
import type { Mat2, Vec2 } from '../../core/types';
import type { PstParams } from './params';
import { plainNum } from '../shared/texNumbers';

export interface GdState {
  p: PstParams;
  out: PstResult;
}

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The linear model's loss, gradient and Hessian in closed form. */
function model(s: GdState) {
  const u = s.out.data.inputs;
  const t = s.out.data.targets;
  const N = u.length;
  const gauss = s.p.output === 'gaussian';
  const s2 = s.p.sigma ** 2;
  const loss = (w: Vec2) => {
    let acc = 0;
    for (let n = 0; n < N; n++) {
      const z = w[0] * u[n] + w[1];
      acc += gauss ? (z - t[n]) ** 2 / (2 * s2) : softplus(z) - t[n] * z;
    }
    return acc / N;
  };
  const grad = (w: Vec2): Vec2 => {
    let a = 0;
    let b = 0;
    for (let n = 0; n < N; n++) {
      const z = w[0] * u[n] + w[1];
      const r = gauss ? (z - t[n]) / s2 : sig(z) - t[n];
      a += (r * u[n]) / N;
      b += r / N;
    }
    return [a, b];
  };
  const hess = (w: Vec2): Mat2 => (gauss ? linearGaussianG(u, s.p.sigma) : logisticFisher(u, w));
  return { loss, grad, hess, gauss };
}

const solve2 = (A: Mat2, b: Vec2): Vec2 => {
  const d = A[0] * A[3] - A[1] * A[2];
  return [(A[3] * b[0] - A[1] * b[1]) / d, (A[0] * b[1] - A[2] * b[0]) / d];
};

/** w* by Newton's method on the closed forms (exact in one step for the quadratic). */
function minimizer(s: GdState): Vec2 {
  const m = model(s);
  let w: Vec2 = [s.p.w[0], s.p.w[1]];
  for (let k = 0; k < 100; k++) {
    const d = solve2(m.hess(w), m.grad(w));
    w = [w[0] - d[0], w[1] - d[1]];
    if (Math.hypot(...d) < 1e-15 * (1 + Math.hypot(...w))) break;
  }
  return w;
}

/** diag of the last debiased EMA estimate, by its recursion over the samples. */
function emaDiag(s: GdState): Mat2 {
  const x = s.out.samples;
  const eta = s.p.eta;
  let a = 0;
  let b = 0;
  let pow = 1;
  for (let k = 0; k < x.length / 2; k++) {
    a = eta * a + (1 - eta) * x[2 * k] ** 2;
    b = eta * b + (1 - eta) * x[2 * k + 1] ** 2;
    pow *= eta;
  }
  return [a / (1 - pow), 0, 0, b / (1 - pow)];
}

/** C of a run: the EMA's diagonal, or the exact G at the start. */
const curvature = (s: GdState, run: string): Mat2 =>
  run === 'diag' ? emaDiag(s) : model(s).hess([s.p.w[0], s.p.w[1]]);

/** Symmetric 2×2 eigen-decomposition by the rotation angle (no shared code with linalg). */
function eig2(A: Mat2): { values: Vec2; vectors: [Vec2, Vec2] } {
  const th = 0.5 * Math.atan2(2 * A[1], A[0] - A[3]);
  const c = Math.cos(th);
  const sn = Math.sin(th);
  const l1 = c * c * A[0] + 2 * c * sn * A[1] + sn * sn * A[3];
  const l2 = sn * sn * A[0] - 2 * c * sn * A[1] + c * c * A[3];
  return {
    values: [l1, l2],
    vectors: [
      [c, sn],
      [-sn, c],
    ],
  };
}

/** B = C^{-½} H C^{-½} formed explicitly, with C^{-½} from C's eigen-decomposition. */
function preconditioned(C: Mat2, H: Mat2) {
  const e = eig2(C);
  const [[p, q], [r, t]] = e.vectors;
  const [a, b] = e.values.map((v) => 1 / Math.sqrt(v));
  const R: Mat2 = [p * p * a + r * r * b, p * q * a + r * t * b, 0, q * q * a + t * t * b];
  const Rs: Mat2 = [R[0], R[1], R[1], R[3]];
  const mul = (X: Mat2, Y: Mat2): Mat2 => [
    X[0] * Y[0] + X[1] * Y[2],
    X[0] * Y[1] + X[1] * Y[3],
    X[2] * Y[0] + X[3] * Y[2],
    X[2] * Y[1] + X[3] * Y[3],
  ];
  return { B: mul(mul(Rs, H), Rs), half: Rs };
}

/** 2/λ_max(C^{-½} H(w*) C^{-½}), or NaN when C is singular. */
export function independentBound(s: GdState, run: string): number {
  const C = curvature(s, run);
  if (!(C[0] * C[3] - C[1] * C[2] > 0)) return NaN;
  const { B } = preconditioned(C, model(s).hess(minimizer(s)));
  return 2 / Math.max(...eig2(B).values);
}

/**
 * The run shown, checked step by step against one closed-form GD step from the previous iterate
 * (so chaotic runs, where rounding grows, are still checked), with its loss gaps from the closed
 * forms. Returns the gaps and iterates, or why the run is not GD on this loss.
 */
function replay(s: GdState, run: string) {
  const m = model(s);
  const C = curvature(s, run);
  const r = s.out.gd![run as 'diag' | 'full'];
  const lossMin = m.loss(minimizer(s));
  const w: Vec2[] = [];
  for (let k = 0; 2 * k + 1 < r.iterates.length; k++) {
    if (!Number.isFinite(r.iterates[2 * k])) break;
    w.push([r.iterates[2 * k], r.iterates[2 * k + 1]]);
  }
  const gaps = w.map((x) => m.loss(x) - lossMin);
  let error: string | null = null;
  for (let k = 1; k < w.length && !error; k++) {
    const d = solve2(C, m.grad(w[k - 1]));
    const want: Vec2 = [w[k - 1][0] - s.p.lr * d[0], w[k - 1][1] - s.p.lr * d[1]];
    const off = Math.hypot(want[0] - w[k][0], want[1] - w[k][1]);
    if (off > 1e-7 * (Math.hypot(...d) * s.p.lr + Math.hypot(...want))) {
      error = `iterate ${k} is not a GD step from iterate ${k - 1} (off by ${off})`;
    }
  }
  return { gaps, w, error };
}

const close = (a: number, b: number, tol: number) =>
  Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
const num = (c: Claim, k: string) => c.data[k] as number;

/** The run is GD, and the gaps the claim states are the run's; null when they agree. */
function checkGaps(c: Claim, s: GdState): string | null {
  const r = replay(s, String(c.data.run));
  if (r.error) return r.error;
  const K = num(c, 'steps');
  // A sentence that does not state the starting gap carries NaN for it.
  const g0 = num(c, 'gap0');
  if (!Number.isNaN(g0) && !close(g0, r.gaps[0], 1e-6)) return `gap₀ ${g0} vs ${r.gaps[0]}`;
  if (K >= r.gaps.length) return `step ${K} is not in the run`;
  if (!close(num(c, 'gapEnd'), r.gaps[K], 1e-6)) {
    return `gap at step ${K} is ${r.gaps[K]}, not ${num(c, 'gapEnd')}`;
  }
  return null;
}

/** α relative to the bound, as the claim states it. */
function checkBound(c: Claim, s: GdState, above: boolean): string | null {
  const b = independentBound(s, String(c.data.run));
  if (Number.isNaN(b)) return above ? 'there is no bound (singular C)' : null;
  if (above !== s.p.lr > b) return `α = ${s.p.lr} vs bound ${b}: above is ${s.p.lr > b}`;
  if (above && !close(num(c, 'bound'), b, 1e-6)) return `bound ${num(c, 'bound')} vs ${b}`;
  return null;
}

/** The sentence prints the numbers it carries. */
function prints(c: Claim, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = num(c, k);
    if (Number.isFinite(v) && !c.text.includes(plainNum(v))) return `text lacks ${k} = ${v}`;
  }
  return null;
}

/** The initial error has a component along the unstable direction (so it grows). */
function hasUnstableComponent(s: GdState, run: string): boolean {
  const C = curvature(s, run);
  const ws = minimizer(s);
  const { B, half } = preconditioned(C, model(s).hess(ws));
  const e: Vec2 = [s.p.w[0] - ws[0], s.p.w[1] - ws[1]];
  const y = solve2(half, e); // C^{½} e
  const top = eig2(B);
  const i = top.values[0] >= top.values[1] ? 0 : 1;
  const v = top.vectors[i];
  return Math.abs(v[0] * y[0] + v[1] * y[1]) > 1e-9 * Math.hypot(...y);
}

export const GD_VERIFIERS: Record<string, Verifier<GdState>> = {
  'pst-gd-bound': (c, s) => {
    if (c.data.quadratic !== (s.p.output === 'gaussian')) return 'wrong condition (quadratic)';
    for (const run of ['diag', 'full']) {
      const b = independentBound(s, run);
      if (Number.isNaN(b) !== Number.isNaN(num(c, run))) return `${run}: bound ${b}`;
      if (!Number.isNaN(b) && !close(num(c, run), b, 1e-6)) return `${run}: ${num(c, run)} vs ${b}`;
    }
    return prints(c, 'diag', 'full');
  },
  'pst-gd-singular': (c, s) => {
    const C = curvature(s, String(c.data.run));
    return C[0] * C[3] - C[1] * C[2] === 0 ? null : `det C = ${C[0] * C[3]}`;
  },
  'pst-gd-blew-up': (c, s) => {
    const r = replay(s, String(c.data.run));
    if (r.error) return r.error;
    const big = (k: number) => !(Math.hypot(...r.w[k]) <= 1e6 && Number.isFinite(r.gaps[k]));
    const at = r.w.findIndex((_, k) => big(k));
    if (at !== num(c, 'at')) return `the iterates first exceed 10⁶ at ${at}, not ${num(c, 'at')}`;
    return checkBound(c, s, c.data.aboveBound === true);
  },
  'pst-gd-diverges': (c, s) => {
    if (s.p.output !== 'gaussian') return 'growth proves divergence only on a quadratic loss';
    const why = checkGaps(c, s) ?? checkBound(c, s, c.data.aboveBound === true);
    if (why) return why;
    if (!(num(c, 'gapEnd') > num(c, 'gap0'))) return 'the gap did not grow';
    const { gaps } = replay(s, String(c.data.run));
    const K = num(c, 'steps');
    const g = gaps[K] / gaps[K - num(c, 'span')];
    if (!close(num(c, 'growth'), g, 1e-4)) return `growth ${num(c, 'growth')} vs ${g}`;
    return prints(c, 'gap0', 'gapEnd', 'growth', 'lr');
  },
  'pst-gd-converged': (c, s) => {
    const it = s.out.gd![c.data.run as 'diag' | 'full'].iterates;
    const w: Vec2 = [it[it.length - 2], it[it.length - 1]];
    const m = model(s);
    const g = Math.hypot(...m.grad(w));
    const g0 = Math.hypot(...m.grad([s.p.w[0], s.p.w[1]]));
    return g <= 1e-9 * Math.max(1, g0) ? null : `‖∇L‖ = ${g} at the last iterate`;
  },
  'pst-gd-reaches': (c, s) => {
    const why = checkGaps(c, s) ?? checkBound(c, s, false);
    if (why) return why;
    const { gaps } = replay(s, String(c.data.run));
    if (gaps[num(c, 'steps')] > gaps[0]) return 'the gap grew: nothing was reached';
    return prints(c, 'gap0', 'gapEnd');
  },
  'pst-gd-unstable': (c, s) => {
    const why = checkGaps(c, s) ?? checkBound(c, s, true);
    if (why) return why;
    if (s.p.output === 'gaussian' && !hasUnstableComponent(s, String(c.data.run))) {
      return 'no component along the unstable direction: it would not grow';
    }
    return prints(c, 'gap0', 'gapEnd', 'lr', 'bound');
  },
  'pst-gd-rising': (c, s) => {
    if (s.p.output === 'gaussian') return 'on the quadratic a rise is divergence';
    const why = checkGaps(c, s) ?? checkBound(c, s, c.data.aboveBound === true);
    if (why) return why;
    return num(c, 'gapEnd') > num(c, 'gap0') ? null : 'the gap did not rise';
  },
  'pst-gd-correlation': (c, s) => {
    const G = model(s).hess([s.p.w[0], s.p.w[1]]);
    const rho = G[1] / Math.sqrt(G[0] * G[3]);
    return close(num(c, 'rho'), rho, 1e-9) ? prints(c, 'rho') : `ρ = ${rho}`;
  },
  'pst-gd-zigzag': (c, s) => {
    const { w, error } = replay(s, 'diag');
    if (error) return error;
    let reversed = 0;
    let pairs = 0;
    const first = Math.hypot(w[1][0] - w[0][0], w[1][1] - w[0][1]);
    for (let k = 0; k + 2 < w.length; k++) {
      const a = [w[k + 1][0] - w[k][0], w[k + 1][1] - w[k][1]];
      const b = [w[k + 2][0] - w[k + 1][0], w[k + 2][1] - w[k + 1][1]];
      if (Math.hypot(b[0], b[1]) <= 1e-9 * first) break;
      pairs++;
      if (a[0] * b[0] + a[1] * b[1] < 0) reversed++;
    }
    if (pairs !== num(c, 'pairs') || reversed !== num(c, 'reversed')) {
      return `${reversed} of ${pairs} reversals`;
    }
    return reversed >= pairs / 2 ? null : 'most steps keep their direction: no zig-zag';
  },
};
