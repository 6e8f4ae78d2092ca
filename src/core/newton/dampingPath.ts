/**
 * The damping path: Δw(η) = −(H + ηI)⁻¹∇J for η from 0 (the Newton step) up through a log grid.
 *
 * In H's eigenbasis the components are −(qᵢᵀ∇J)/(νᵢ + η): the path bends from the Newton step
 * towards −∇J/η as η grows — the slide's "Newton in high-curvature directions, GD in
 * low-curvature ones". For indefinite H it passes through infinity at η = −ν_min.
 */
import { isSingular, solveDamped } from '../linalg/mat2';
import type { Objective2, Vec2 } from '../types';

/** n points from lo to hi, equally spaced in log; the endpoints are exact. */
export function logGrid(lo: number, hi: number, n: number): Float64Array {
  if (!(lo > 0) || !(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw new RangeError(`logGrid needs finite positive bounds, got ${lo}, ${hi}`);
  }
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`logGrid needs n ≥ 1, got ${n}`);
  const out = new Float64Array(n);
  out[0] = lo;
  if (n === 1) return out;
  const a = Math.log(lo);
  const span = Math.log(hi) - a;
  for (let i = 1; i < n - 1; i++) out[i] = Math.exp(a + (span * i) / (n - 1));
  out[n - 1] = hi;
  return out;
}

export interface DampingPath {
  /** The η of each step: 0 first when H is invertible, then etaGrid. */
  etas: Float64Array;
  /** Flat [Δw₁, Δw₂, …] per η; NaN where H + ηI is singular. */
  steps: Float64Array;
  /** The undamped Newton step, or null when H is singular (then etas omits 0). */
  newton: Vec2 | null;
  grad: Vec2;
}

export function dampingPath(obj: Objective2, w: Vec2, etaGrid: ArrayLike<number>): DampingPath {
  const g = obj.grad(w);
  const H = obj.hess(w);
  const withZero = !isSingular(H);
  const n = etaGrid.length + (withZero ? 1 : 0);
  const etas = new Float64Array(n);
  const steps = new Float64Array(2 * n);
  let newton: Vec2 | null = null;
  for (let i = 0; i < n; i++) {
    const eta = withZero ? (i === 0 ? 0 : etaGrid[i - 1]) : etaGrid[i];
    etas[i] = eta;
    const x = solveDamped(H, eta, g);
    steps[2 * i] = x ? -x[0] : NaN;
    steps[2 * i + 1] = x ? -x[1] : NaN;
    if (withZero && i === 0 && x) newton = [-x[0], -x[1]];
  }
  return { etas, steps, newton, grad: g };
}
