/** Plain-language captions, always computed from the current result so they stay true. */
import { claimText } from '../../core/claims/claim';
import { pcgClaims, scalingClaims, type Model2dResult, type ScalingResult } from '../../core/cg';
import type { TrainState } from '../../core/hf';
import { plainNum } from '../shared/texNumbers';

const last = (a: ArrayLike<number>) => a[a.length - 1];

export function modelCaption(out: Model2dResult): string {
  const [l0, l1] = out.eig;
  if (!out.pd) {
    return `Here C has eigenvalues ${plainNum(l0)} and ${plainNum(l1)}: it is not positive definite, so the model has no unique minimizer. CG ${out.cg.stop === 'negative-curvature' ? 'stops at once on non-positive curvature pᵀCp ≤ 0' : `stops after ${out.cg.iterates.length / 2 - 1} step(s)`}, and GD has no best fixed step. Add damping λ to make C + λI positive definite.`;
  }
  const qStar = out.qStar ?? 0;
  // Rounding can put q a hair below q*: report such a gap as 0.
  const gap = (q: Float64Array, k: number) => Math.max(0, q[Math.min(k, q.length - 1)] - qStar);
  const rel = (v: number) => (qStar === 0 ? 0 : v / -qStar);
  const cgSteps = out.cg.iterates.length / 2 - 1;
  const n = out.gdFixed.q.length - 1;
  return `C has condition number κ = ${plainNum(l1 / l0)}. CG reaches the model's minimizer in ${cgSteps} step${cgSteps === 1 ? '' : 's'} (relative gap ${plainNum(rel(gap(out.cg.q, cgSteps)))}); after ${n} steps GD with the best fixed step still has a relative gap of ${plainNum(rel(gap(out.gdFixed.q, n)))} and GD with exact line search ${plainNum(rel(gap(out.gdExact.q, n)))}. CG's first step is exactly GD with an exact line search (the two first iterates are ${plainNum(out.k1Distance)} apart): K = 1 CG is steepest descent.`;
}

/** The cost charts' caption: the claims of src/core/cg/scalingClaims.ts. */
export const scalingCaption = (out: ScalingResult) => claimText(scalingClaims(out));

/** The PCG chart's caption: the claims of src/core/cg/pcgClaims.ts. */
export const pcgCaption = (out: ScalingResult) => claimText(pcgClaims(out));

export function trainCaption(s: TrainState | null, budgetS: number): string {
  if (!s)
    return 'Press Train: HF, SGD and Adam start from the same weights and share the worker’s clock.';
  if (s.failed)
    return `Training stopped: ${s.failed.toUpperCase()} produced a non-finite loss (lower its learning rate or raise λ₀).`;
  const hf = s.hf;
  const lh = last(hf.curve.loss);
  const ls = last(s.sgd.curve.loss);
  const la = last(s.adam.curve.loss);
  const perIt = hf.steps > 0 ? hf.mvps / hf.steps : 0;
  const stepsPerIt = hf.steps > 0 ? Math.round(s.sgd.steps / hf.steps) : 0;
  const pre = s.config.precondition
    ? ' HF’s CG is preconditioned by Martens’ diagonal M = (diag(Σₙ∇ℓₙ²)/N + λ)^¾.'
    : '';
  return `After ${plainNum(hf.timeMs / 1000)} s of compute each (budget ${budgetS} s): HF ${hf.steps} iterations, loss ${plainNum(lh)}; SGD ${s.sgd.steps} steps, loss ${plainNum(ls)}; Adam ${s.adam.steps} steps, loss ${plainNum(la)} (start ${plainNum(s.initialLoss)}). Each HF iteration used on average ${plainNum(perIt)} curvature-vector products, so SGD took about ${stepsPerIt} steps in the time of one HF iteration: much more progress per iteration, but each iteration costs about K times more.${pre}`;
}
