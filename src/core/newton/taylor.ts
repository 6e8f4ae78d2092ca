/**
 * The second-order Taylor model of the Newton slides,
 *   J_quad(w) = J(w₀) + ∇J(w₀)ᵀ(w − w₀) + ½(w − w₀)ᵀH(w − w₀),
 * and whether it has a unique minimizer (the Newton iterate) at all.
 */
import { dot, isSingular, solve, symEig, type SymEig } from '../linalg/mat2';
import type { Mat2, Objective2, Vec2 } from '../types';

export type TaylorKind = 'bounded' | 'unbounded' | 'degenerate';

export interface TaylorModel {
  w0: Vec2;
  f0: number;
  grad: Vec2;
  hess: Mat2;
  hessEig: SymEig;
  /** J_quad(w); allocation-free so it can feed sampleGrid directly. */
  value(w: Vec2): number;
  /** Same as value, on separate coordinates. */
  valueXY(x: number, y: number): number;
  /** w₀ − H⁻¹∇J(w₀) — the Newton iterate — when H ≻ 0, else null (no unique minimizer). */
  minimizer: Vec2 | null;
  /** Whether J_quad is bounded below. */
  bounded: boolean;
  /**
   * 'bounded': H ≻ 0, unique minimizer. 'unbounded': H has a negative eigenvalue, so J_quad → −∞
   * along it (Newton then heads for a saddle or maximum of the model). 'degenerate': H ⪰ 0 with a
   * (numerically) zero eigenvalue — a valley or a ramp, no unique minimizer; bounded tells which.
   */
  kind: TaylorKind;
}

/** In a degenerate model, ∇J counts as orthogonal to the flat direction below this ratio. */
export const FLAT_GRAD_RTOL = 1e-12;

/**
 * The model's kind is decided with the same singularity test as the Newton step (isSingular), so
 * minimizer is non-null exactly when runMethod's newton step exists and H ≻ 0 — and equals it.
 */
export function taylorModel(obj: Objective2, w0: Vec2): TaylorModel {
  const f0 = obj.value(w0);
  const g = obj.grad(w0);
  const H = obj.hess(w0);
  const e = symEig(H);
  const [l0, l1] = e.values;

  let kind: TaylorKind;
  let bounded: boolean;
  let minimizer: Vec2 | null = null;
  if (isSingular(H)) {
    // Only the eigenvalue of larger magnitude is trustworthy; the other is ≈ 0.
    const reliable = Math.abs(l0) >= Math.abs(l1) ? l0 : l1;
    const flat = Math.abs(l0) >= Math.abs(l1) ? e.vectors[1] : e.vectors[0];
    if (reliable < 0) {
      kind = 'unbounded';
      bounded = false;
    } else {
      // A valley (bounded) if ∇J has no component along the flat direction, else a ramp.
      kind = 'degenerate';
      const gn = Math.hypot(g[0], g[1]);
      bounded = reliable === 0 ? gn === 0 : Math.abs(dot(flat, g)) <= FLAT_GRAD_RTOL * gn;
    }
  } else if (l0 > 0) {
    kind = 'bounded';
    bounded = true;
    const x = solve(H, g);
    minimizer = x ? [w0[0] - x[0], w0[1] - x[1]] : null;
  } else {
    kind = 'unbounded';
    bounded = false;
  }

  const [x0, y0] = w0;
  const [a, b, c, d] = H;
  const valueXY = (x: number, y: number): number => {
    const dx = x - x0;
    const dy = y - y0;
    return f0 + g[0] * dx + g[1] * dy + 0.5 * (dx * (a * dx + b * dy) + dy * (c * dx + d * dy));
  };
  return {
    w0,
    f0,
    grad: g,
    hess: H,
    hessEig: e,
    value: (w: Vec2) => valueXY(w[0], w[1]),
    valueXY,
    minimizer,
    bounded,
    kind,
  };
}
