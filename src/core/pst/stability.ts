/**
 * The stable step size of preconditioned gradient descent w ← w − α C⁻¹ ∇L(w) on the panel's
 * 2-weight problems (docs/math.md#pullback-sampling).
 *
 * Near a minimum with Hessian H the error evolves as e ← (I − α C⁻¹H) e. C⁻¹H is similar to the
 * symmetric P^½ H P^½ (P = C⁻¹), so its eigenvalues λ are real and non-negative for SPD C and PSD
 * H, and the iteration contracts every component iff |1 − αλ| < 1 for all of them:
 *   α < 2 / λ_max(P^½ H P^½).
 * On a quadratic loss (the Gaussian linear model, H = G everywhere) the bound is exact and
 * global: above it the component along the top eigenvector grows by |1 − αλ_max| per step.
 */
import type { Mat2 } from '../types';

/**
 * The eigenvalues of C⁻¹H, largest first, from det(H − λC) = 0 (no square root of C needed).
 * Null when C is singular or the pencil has complex roots (C or H not symmetric PSD).
 */
export function preconditionedEigenvalues(C: Mat2, H: Mat2): [number, number] | null {
  const [c11, c12, c21, c22] = C;
  const [h11, h12, h21, h22] = H;
  const a = c11 * c22 - c12 * c21;
  if (!(Math.abs(a) > 1e-300) || !Number.isFinite(a)) return null;
  const b = -(h11 * c22 + h22 * c11 - h12 * c21 - h21 * c12);
  const c = h11 * h22 - h12 * h21;
  const disc = b * b - 4 * a * c;
  // Rounding can make a double root's discriminant slightly negative.
  const scale = b * b + Math.abs(4 * a * c);
  if (disc < -1e-12 * scale) return null;
  const root = Math.sqrt(Math.max(0, disc));
  // The stable pair of the quadratic formula (no cancellation between −b and ±root).
  const q = -0.5 * (b + (b >= 0 ? root : -root));
  const r1 = q / a;
  const r2 = q !== 0 ? c / q : 0;
  return r1 >= r2 ? [r1, r2] : [r2, r1];
}

/** 2/λ_max(C⁻¹H): GD preconditioned by C⁻¹ is stable near the minimum iff α is below it. */
export function stableStepBound(C: Mat2, H: Mat2): number | null {
  const ev = preconditionedEigenvalues(C, H);
  if (!ev || !(ev[0] > 0)) return null;
  return 2 / ev[0];
}
