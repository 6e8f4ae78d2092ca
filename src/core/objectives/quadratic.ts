import { fromEig, matvec, quadForm } from '../linalg/mat2';
import type { Mat2, Objective2, Vec2 } from '../types';

export const QUADRATIC_KAPPA_DEFAULT = 10;
export const QUADRATIC_KAPPA_MIN = 1;
export const QUADRATIC_KAPPA_MAX = 1000;
/** The eigenvectors are rotated so that neither GD's zig-zag nor Newton's fix is axis-aligned. */
export const QUADRATIC_ANGLE_DEG = 30;

/** Out-of-range κ is clamped (non-finite → default): the store validates, the core stays total. */
export function clampKappa(kappa: number | undefined): number {
  if (kappa === undefined || !Number.isFinite(kappa)) return QUADRATIC_KAPPA_DEFAULT;
  return Math.min(QUADRATIC_KAPPA_MAX, Math.max(QUADRATIC_KAPPA_MIN, kappa));
}

/** H = R diag(1, κ) Rᵀ with R the rotation by 30°. */
export function quadraticHessian(kappa: number): Mat2 {
  return rotatedHessian(kappa, QUADRATIC_ANGLE_DEG);
}

/** H = Q diag(1, κ) Qᵀ with Q the rotation by angleDeg: the ν = 1 eigenvector is at angleDeg. */
export function rotatedHessian(kappa: number, angleDeg: number): Mat2 {
  const t = (angleDeg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return fromEig(
    [1, kappa],
    [
      [c, s],
      [-s, c],
    ],
  );
}

/**
 * J(w) = ½ wᵀHw on the quadratic's view (domain, start, minimum at the origin): `label` names it,
 * `hTex` is the TeX of H after "H = ".
 */
export function quadraticObjective(H: Mat2, label: string, hTex: string): Objective2 {
  return {
    id: 'quadratic',
    label,
    tex:
      String.raw`\mathcal{J}(\mathbf{w}) = \tfrac{1}{2}\,\mathbf{w}^\top \mathbf{H}\,\mathbf{w},\quad ` +
      String.raw`\mathbf{H} = ${hTex}`,
    value: (w: Vec2) => 0.5 * quadForm(H, w),
    grad: (w: Vec2) => matvec(H, w),
    hess: () => H,
    domain: [
      [-3, 3],
      [-3, 3],
    ],
    stationary: [{ w: [0, 0], kind: 'min' }],
    start: [-2, 1.5],
    logLevels: false,
  };
}

/** J(w) = ½ wᵀHw, eigenvalues 1 and κ, minimum 0 at the origin. */
export function makeQuadratic(kappaIn?: number): Objective2 {
  const kappa = clampKappa(kappaIn);
  const kTex = String(Number(kappa.toPrecision(4)));
  return quadraticObjective(
    quadraticHessian(kappa),
    `Quadratic, condition number κ = ${kTex}`,
    String.raw`\mathbf{R}_{30^\circ} \operatorname{diag}(1,\, ${kTex})\, \mathbf{R}_{30^\circ}^\top`,
  );
}
