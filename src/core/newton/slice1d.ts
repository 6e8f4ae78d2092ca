/**
 * "Newton as solving ∇J = 0", cut down to one dimension along the Newton direction.
 *
 * With d = −H⁻¹∇J(w) and d̂ = d/‖d‖, let φ(t) = ∇J(w + t d)ᵀ d̂ — the component of the gradient
 * along the line, the function Newton is trying to zero (t = 1 is the next Newton iterate). Its
 * tangent at 0 is φ(0) + t·d̂ᵀHd. Because Hd = −∇J, the slope equals −φ(0), so the tangent's
 * root is t = 1 exactly: the Newton step is where the *linearized* gradient vanishes, and the
 * gap between φ(1) and 0 is what the next step must fix.
 */
import { dot, matvec, norm, solve } from '../linalg/mat2';
import type { Objective2, Vec2 } from '../types';

export interface NewtonSliceOptions {
  tMin?: number;
  tMax?: number;
  /** Number of samples (≥ 2). */
  n?: number;
}

export interface NewtonSlice {
  /** The full Newton step d = −H⁻¹∇J (t = 1 reaches w + d). */
  direction: Vec2;
  unit: Vec2;
  t: Float64Array;
  /** φ(t) = ∇J(w + t d)ᵀ d̂, the gradient component along the line. */
  phi: Float64Array;
  /** φ(0) + slope·t. */
  tangent: Float64Array;
  /** J(w + t d), for showing the loss along the same line. */
  value: Float64Array;
  phi0: number;
  /** φ′(0) = d̂ᵀHd. */
  slope: number;
  /** Root of the tangent, −φ(0)/slope: 1 up to rounding. */
  root: number;
}

/** null when the Newton direction is undefined (H singular) or zero (∇J = 0). */
export function newtonSlice(
  obj: Objective2,
  w: Vec2,
  { tMin = -0.25, tMax = 1.5, n = 121 }: NewtonSliceOptions = {},
): NewtonSlice | null {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`newtonSlice needs n ≥ 2, got ${n}`);
  const g = obj.grad(w);
  const x = solve(obj.hess(w), g);
  if (!x) return null;
  const d: Vec2 = [-x[0], -x[1]];
  const len = norm(d);
  if (!(len > 0) || !Number.isFinite(len)) return null;
  const u: Vec2 = [d[0] / len, d[1] / len];
  const phi0 = dot(g, u);
  const slope = dot(u, matvec(obj.hess(w), d));

  const t = new Float64Array(n);
  const phi = new Float64Array(n);
  const tangent = new Float64Array(n);
  const value = new Float64Array(n);
  const p: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const ti = tMin + ((tMax - tMin) * i) / (n - 1);
    p[0] = w[0] + ti * d[0];
    p[1] = w[1] + ti * d[1];
    t[i] = ti;
    phi[i] = dot(obj.grad(p), u);
    tangent[i] = phi0 + slope * ti;
    value[i] = obj.value(p);
  }
  return { direction: d, unit: u, t, phi, tangent, value, phi0, slope, root: -phi0 / slope };
}
