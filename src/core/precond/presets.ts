/**
 * Preconditioner presets: the matrix R of w = R w̃ + b built from a curvature C ≻ 0, so that GD
 * in w̃ is w ← w − α RRᵀ∇J.
 *   identity  R = I                       plain gradient descent
 *   jacobi    R = diag(C)^{−1/2}           H̃ has unit diagonal ("even a diagonal approximation")
 *   cholesky  R = chol(C⁻¹), lower         RRᵀ = C⁻¹
 *   sqrt      R = C^{−1/2} = Q D^{−1/2} Qᵀ  RRᵀ = C⁻¹, R symmetric
 *   damped    R = (C + ηI)^{−1/2}          RRᵀ = (C + ηI)⁻¹, eigenvalues of H̃ are ν/(ν + η)
 * With C = H, the cholesky and sqrt presets give H̃ = RᵀHR = I: "Newton's method implicitly
 * transforms to a space where H̃ = I".
 */
import { absEigen, addScaledIdentity, cholesky, inverse, invSqrtSym, isPD } from '../linalg/mat2';
import type { Mat2, Objective2, Vec2 } from '../types';

export const PRESET_IDS = ['identity', 'jacobi', 'cholesky', 'sqrt', 'damped'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * The curvature the presets use: H where it is positive definite, else the PD replacement
 * |H| = Q|Λ|Qᵀ (eigenvalues floored), as pd-newton does. `replaced` says which.
 */
export function presetCurvature(H: Mat2): { C: Mat2; replaced: boolean } {
  if (isPD(H)) return { C: H, replaced: false };
  return { C: absEigen(H).matrix, replaced: true };
}

/** R for a preset from a positive definite curvature C; null when C is not usable. */
export function presetR(preset: PresetId, C: Mat2, eta: number): Mat2 | null {
  switch (preset) {
    case 'identity':
      return [1, 0, 0, 1];
    case 'jacobi':
      return C[0] > 0 && C[3] > 0 ? [1 / Math.sqrt(C[0]), 0, 0, 1 / Math.sqrt(C[3])] : null;
    case 'cholesky': {
      const Ci = inverse(C);
      return Ci ? cholesky(Ci) : null;
    }
    case 'sqrt':
      return invSqrtSym(C);
    case 'damped':
      return invSqrtSym(addScaledIdentity(C, eta));
  }
}

/** The preset's R from the Hessian of obj at w (through presetCurvature). */
export function presetAt(obj: Pick<Objective2, 'hess'>, w: Vec2, preset: PresetId, eta: number) {
  const { C, replaced } = presetCurvature(obj.hess(w));
  return { R: presetR(preset, C, eta), C, replaced };
}

/**
 * A power of ten s such that the arrows b + s·rᵢ of a well-scaled R (≈ C^{−1/2}) span about a
 * third of a view of width `span`. Depends on the curvature only, so it stays put while a student
 * drags R's columns.
 */
export function arrowScale(C: Mat2, span: number): number {
  const R = invSqrtSym(C);
  if (!R) return 1;
  const size = Math.max(Math.hypot(R[0], R[2]), Math.hypot(R[1], R[3]));
  if (!(size > 0) || !Number.isFinite(size)) return 1;
  return 10 ** Math.round(Math.log10((0.3 * span) / size));
}
