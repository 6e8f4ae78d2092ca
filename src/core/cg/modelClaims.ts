/**
 * The 2-D model view's caption as computed claims (src/core/claims/claim.ts): the condition
 * number of C, CG reaching the model's minimizer in (at most) 2 steps, the gaps GD leaves, and
 * that K = 1 CG is GD with an exact line search — or, for a C that is not positive definite, why
 * there is no minimizer. modelClaims.test.ts checks each against 2×2 closed forms.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { Model2dResult } from './model2d';

export type ModelClaimKind = 'model.not-pd' | 'model.kappa' | 'model.cg' | 'model.gd' | 'model.k1';

export function modelClaims(out: Model2dResult): Claim<ModelClaimKind>[] {
  const [l0, l1] = out.eig;
  const cgSteps = out.cg.iterates.length / 2 - 1;
  if (!out.pd) {
    const how =
      out.cg.stop === 'negative-curvature'
        ? 'stops at once on non-positive curvature pᵀCp ≤ 0'
        : `stops after ${cgSteps} step(s)`;
    return [
      claim(
        'model.not-pd',
        `Here C has eigenvalues ${num(l0)} and ${num(l1)}: it is not positive definite, so the model has no unique minimizer. CG ${how}, and GD has no best fixed step. Add damping λ to make C + λI positive definite.`,
        { l0, l1, stop: out.cg.stop, cgSteps },
      ),
    ];
  }
  const qStar = out.qStar ?? 0;
  // Rounding can put q a hair below q*: report such a gap as 0.
  const gap = (q: Float64Array, k: number) => Math.max(0, q[Math.min(k, q.length - 1)] - qStar);
  const rel = (v: number) => (qStar === 0 ? 0 : v / -qStar);
  const n = out.gdFixed.q.length - 1;
  const cgGap = rel(gap(out.cg.q, cgSteps));
  const fixed = rel(gap(out.gdFixed.q, n));
  const exact = rel(gap(out.gdExact.q, n));
  return [
    claim('model.kappa', `C has condition number κ = ${num(l1 / l0)}.`, { kappa: l1 / l0 }),
    claim(
      'model.cg',
      `CG reaches the model's minimizer in ${cgSteps} step${cgSteps === 1 ? '' : 's'} (relative gap ${num(cgGap)});`,
      { cgSteps, gap: cgGap },
    ),
    claim(
      'model.gd',
      `after ${n} steps GD with the best fixed step still has a relative gap of ${num(fixed)} and GD with exact line search ${num(exact)}.`,
      { n, fixed, exact },
    ),
    claim(
      'model.k1',
      `CG's first step is exactly GD with an exact line search (the two first iterates are ${num(out.k1Distance)} apart): K = 1 CG is steepest descent.`,
      { distance: out.k1Distance },
    ),
  ];
}
