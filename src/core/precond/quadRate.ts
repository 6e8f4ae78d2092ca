/**
 * Gradient descent on a quadratic: the convergence rate is set by the condition number.
 * With the best fixed step α* = 2/(ν_min + ν_max) every eigen-component of the error is
 * multiplied by ±(κ − 1)/(κ + 1) per step, so in two dimensions ‖e_k‖ = ((κ−1)/(κ+1))ᵏ‖e₀‖
 * exactly and the step count to a tolerance is ⌈ln tol / ln rate⌉.
 */
import { condPD, matvec, symEig } from '../linalg/mat2';
import type { Mat2, Vec2 } from '../types';
import { angledHessian } from './angledQuadratic';

/** The theoretical per-step contraction (κ − 1)/(κ + 1) of GD at its best step size. */
export function gdRate(kappa: number): number {
  return (kappa - 1) / (kappa + 1);
}

/** ⌈ln tol / ln rate⌉: steps to shrink the error by `tol` at this rate (1 when rate is 0). */
export function stepsFromRate(rate: number, tol: number): number {
  if (rate <= 0) return 1;
  if (rate >= 1) return Infinity;
  return Math.max(1, Math.ceil(Math.log(tol) / Math.log(rate)));
}

export interface QuadraticGd {
  kappa: number;
  /** α* = 2/(ν_min + ν_max). */
  bestLr: number;
  rate: number;
  /** ⌈ln tol / ln rate⌉. */
  stepsTheory: number;
  /** Steps GD at α* actually took until ‖e_k‖ ≤ tol ‖e₀‖ (null beyond the cap). */
  stepsMeasured: number | null;
}

/**
 * GD at α* on J(e) = ½eᵀAe from the error e₀ (e = w − w*), counted until ‖e_k‖ ≤ tol‖e₀‖;
 * null when A is not positive definite.
 */
export function quadraticGd(A: Mat2, e0: Vec2, tol: number, cap = 200_000): QuadraticGd | null {
  const kappa = condPD(A);
  if (kappa === null) return null;
  const [lo, hi] = symEig(A).values;
  const bestLr = 2 / (lo + hi);
  const rate = gdRate(kappa);
  const n0 = Math.hypot(e0[0], e0[1]);
  let e = e0;
  let k = 0;
  while (Math.hypot(e[0], e[1]) > tol * n0 && k < cap) {
    const Ae = matvec(A, e);
    e = [e[0] - bestLr * Ae[0], e[1] - bestLr * Ae[1]];
    k++;
  }
  return {
    kappa,
    bestLr,
    rate,
    stepsTheory: stepsFromRate(rate, tol),
    stepsMeasured: k < cap ? k : null,
  };
}

/** κ of D^{−1/2} H D^{−1/2}, D = diag(H): the condition number after the Jacobi preset. */
export function jacobiKappa(H: Mat2): number | null {
  if (!(H[0] > 0 && H[3] > 0)) return null;
  const a = 1 / Math.sqrt(H[0]);
  const d = 1 / Math.sqrt(H[3]);
  return condPD([1, H[1] * a * d, H[2] * a * d, 1]);
}

/** κ(H) and κ after Jacobi for the quadratic diag(1, κ) rotated by each angle (degrees). */
export function jacobiSweep(kappa: number, angles: readonly number[]) {
  const after = new Float64Array(angles.length);
  angles.forEach((a, i) => {
    after[i] = jacobiKappa(angledHessian(kappa, a)) ?? NaN;
  });
  return { angles: Float64Array.from(angles), kappa, after };
}
