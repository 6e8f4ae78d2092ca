/**
 * Independent checks of the claims about the logistic example (logisticClaims.ts), for the
 * property tests: the verifier writes its own 1-D map with cosh (not the core's overflow-safe
 * form), finds x* and η* by its own searches, and checks the interval properties the sentences
 * state on a grid of points.
 */
import type { Claim, Verifier } from '../claims/claim';
import type { Vec2 } from '../types';

interface LogisticState {
  x0: Vec2;
  eta: number;
}

/** J″ = ½ sech²(x/2), written directly (cosh overflows to ∞ far out, making J″ exactly 0). */
const curv = (x: number) => 0.5 / Math.cosh(x / 2) ** 2;
/** The damped Newton map of one coordinate. */
export const ownMap = (x: number, eta: number) => x - Math.tanh(x / 2) / (curv(x) + eta);

/** x* with sinh x = 2x, by bisection on [1, 3]. */
export function ownThreshold(): number {
  let lo = 1;
  let hi = 3;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sinh(mid) > 2 * mid) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** η* = max over x > 0 of tanh(x/2)/(2x) − J″(x): a scan, then golden-section refinement. */
export function ownEtaStar(): number {
  const h = (x: number) => Math.tanh(x / 2) / (2 * x) - curv(x);
  let best = 1;
  for (let x = 1; x <= 20; x += 0.01) if (h(x) > h(best)) best = x;
  let a = best - 0.01;
  let b = best + 0.01;
  const r = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 100; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (h(c) > h(d)) b = d;
    else a = c;
  }
  return h((a + b) / 2);
}

/** n points strictly inside (a, b), log-spaced. */
function inside(a: number, b: number, n = 60): number[] {
  const la = Math.log(a);
  const lb = Math.log(b);
  return Array.from({ length: n }, (_, i) => Math.exp(la + ((lb - la) * (i + 0.5)) / n));
}

const rel = (a: number, b: number, t: number) => Math.abs(a - b) <= t * Math.max(Math.abs(b), 1);

/** Where |f(x)| < |x| fails on (a, b), or null. */
function shrinks(a: number, b: number, eta: number): string | null {
  const bad = inside(a, b).find((x) => !(Math.abs(ownMap(x, eta)) < x));
  return bad === undefined ? null : `|f(${bad})| = ${Math.abs(ownMap(bad, eta))} ≥ ${bad}`;
}

/** Where f(x) < −x fails on (a, b) (an overshoot past −x, so |x| grows), or null. */
function overshoots(a: number, b: number, eta: number): string | null {
  const bad = inside(a, b).find((x) => !(ownMap(x, eta) < -x));
  return bad === undefined ? null : `f(${bad}) = ${ownMap(bad, eta)} ≥ −${bad}`;
}

const start: Verifier<LogisticState> = (c, s) => {
  const far = Math.max(Math.abs(s.x0[0]), Math.abs(s.x0[1]));
  const t = ownThreshold();
  if (!rel(c.data.threshold as number, t, 1e-12)) return `x* = ${t}`;
  return far > t === c.data.outside ? null : `max |x⁽⁰⁾ⱼ| = ${far}, x* = ${t}`;
};

/** Checks that ±inner and ±outer are 2-cycles of the map at η; null when they are. */
function checkCycles(c: Claim, eta: number): string | null {
  const inner = c.data.inner as number;
  const outer = c.data.outer as number;
  if (!rel(ownMap(inner, eta), -inner, 1e-9)) return `f(${inner}) = ${ownMap(inner, eta)}`;
  if (!rel(ownMap(outer, eta), -outer, 1e-9)) return `f(${outer}) = ${ownMap(outer, eta)}`;
  return null;
}

const twoCycle: Verifier<LogisticState> = (c, s) => {
  const eta = s.eta;
  const star = ownEtaStar();
  if (c.data.eta !== eta) return `η on screen is ${eta}`;
  if (!rel(c.data.etaStar as number, star, 1e-9)) return `η* = ${star}`;
  if (c.data.exists !== eta < star) return `η = ${eta}, η* = ${star}`;
  if (!c.data.exists) return shrinks(1e-3, 1e6, eta);
  return (
    checkCycles(c, eta) ??
    shrinks(1e-6, c.data.inner as number, eta) ??
    overshoots(c.data.inner as number, c.data.outer as number, eta)
  );
};

const startCycle: Verifier<LogisticState> = (c, s) => {
  const bad = checkCycles(c, s.eta);
  if (bad) return bad;
  const inner = c.data.inner as number;
  const outer = c.data.outer as number;
  const places = String(c.data.places).split(',');
  for (const j of [0, 1]) {
    const a = Math.abs(s.x0[j]);
    const want = a < inner ? 'inside' : a <= outer ? 'between' : 'beyond';
    if (places[j] !== want) return `|x${j + 1}⁽⁰⁾| = ${a} is ${want}`;
  }
  return places.includes('between') ? overshoots(inner, outer, s.eta) : shrinks(1e-6, inner, s.eta);
};

const undampedCycle: Verifier<LogisticState> = (c) => {
  const t = c.data.threshold as number;
  if (!rel(t, ownThreshold(), 1e-12)) return `x* = ${ownThreshold()}`;
  return rel(t - Math.sinh(t), -t, 1e-12) ? null : `x* − sinh x* = ${t - Math.sinh(t)}`;
};

export const LOGISTIC_VERIFIERS = {
  'logistic-undamped-cycle': undampedCycle,
  'logistic-start': start,
  'logistic-two-cycle': twoCycle,
  'logistic-start-cycle': startCycle,
} as const;
