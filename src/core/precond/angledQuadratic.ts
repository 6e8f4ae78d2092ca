/**
 * The quadratic with its rotation angle as a parameter, for the "axis-aligned vs rotated"
 * demonstration: a diagonal (Jacobi) preconditioner fixes an axis-aligned ill-conditioned
 * quadratic completely and a 45°-rotated one not at all.
 *
 * At 30° it is exactly the shared `quadratic` problem (same formula, same bits); the shared
 * objective itself is left unchanged.
 */
import { clampKappa, getObjective } from '../objectives';
import { QUADRATIC_ANGLE_DEG, quadraticObjective, rotatedHessian } from '../objectives/quadratic';
import type { Objective2, ProblemId } from '../types';

export const ANGLE_MIN = 0;
export const ANGLE_MAX = 90;
export const ANGLE_DEFAULT = QUADRATIC_ANGLE_DEG;

/** H = Q diag(1, κ) Qᵀ with Q the rotation by angleDeg: the ν = 1 eigenvector is at angleDeg. */
export const angledHessian = rotatedHessian;

/** J(w) = ½ wᵀHw with H = angledHessian(κ, angle); κ clamped as the shared quadratic does. */
export function makeAngledQuadratic(kappaIn: number | undefined, angleDeg: number): Objective2 {
  const kappa = clampKappa(kappaIn);
  const angle = Number.isFinite(angleDeg) ? angleDeg : ANGLE_DEFAULT;
  if (angle === QUADRATIC_ANGLE_DEG) return getObjective('quadratic', { kappa });
  const kTex = String(Number(kappa.toPrecision(4)));
  const aTex = String(Number(angle.toPrecision(4)));
  const rot = angle === 0 ? '' : String.raw`\mathbf{R}_{${aTex}^\circ}`;
  return quadraticObjective(
    angledHessian(kappa, angle),
    angle === 0
      ? `Axis-aligned quadratic, condition number κ = ${kTex}`
      : `Quadratic rotated by ${aTex}°, condition number κ = ${kTex}`,
    String.raw`${rot} \operatorname{diag}(1,\, ${kTex})${rot ? String.raw`\, ${rot}^\top` : ''}`,
  );
}

/** The objective of these panels: the shared problems, with the quadratic's angle adjustable. */
export function precondObjective(
  problem: ProblemId,
  opts: { kappa?: number; angle?: number } = {},
): Objective2 {
  if (problem === 'quadratic') return makeAngledQuadratic(opts.kappa, opts.angle ?? ANGLE_DEFAULT);
  return getObjective(problem, { kappa: opts.kappa });
}
