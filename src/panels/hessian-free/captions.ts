/** Plain-language captions, always computed from the current result so they stay true. */
import type { Model2dResult, ScalingResult } from '../../core/cg';
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

export function scalingCaption(out: ScalingResult): string {
  const tol = out.tol;
  const k = out.sweep.kappa;
  const i = k.length - 1;
  const mv = (v: number) => (Number.isFinite(v) ? String(v) : 'more than the cap of');
  const cgTo = out.cgGap.findIndex((g) => g <= tol);
  const gdTo = out.gdGap.findIndex((g) => g <= tol);
  const here =
    `At κ = ${plainNum(out.kappa)}, CG gets the relative gap below ${tol} after ${cgTo >= 0 ? cgTo : `more than ${out.cgGap.length - 1}`} MVPs, ` +
    `GD ${gdTo >= 0 ? `after ${gdTo}` : `not within the ${out.gdGap.length - 1} shown`}. `;
  const slopes = `Over the sweep, MVPs grow like κ^${plainNum(out.slopes.gd)} for GD (theory: κ) and κ^${plainNum(out.slopes.cg)} for CG (worst-case bound: √κ; below it when the spectrum helps), e.g. at κ = ${plainNum(k[i])}: GD ${mv(out.sweep.gd[i])}, CG ${mv(out.sweep.cg[i])} MVPs. `;
  const distinct = `This spectrum has ${out.distinct} distinct eigenvalue${out.distinct === 1 ? '' : 's'} among n = ${out.n}, and CG reached the model's minimum (relative gap below 10⁻¹²) in ${out.cgSolveIters} iterations${out.cgSolveIters <= out.distinct ? ` — no more than the number of distinct eigenvalues` : out.distinct < out.n ? ` (rounding errors cost extra steps beyond the ${out.distinct} distinct eigenvalues)` : ''}.`;
  return here + slopes + distinct;
}

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
  return `After ${plainNum(hf.timeMs / 1000)} s of compute each (budget ${budgetS} s): HF ${hf.steps} iterations, loss ${plainNum(lh)}; SGD ${s.sgd.steps} steps, loss ${plainNum(ls)}; Adam ${s.adam.steps} steps, loss ${plainNum(la)} (start ${plainNum(s.initialLoss)}). Each HF iteration used on average ${plainNum(perIt)} curvature-vector products, so SGD took about ${stepsPerIt} steps in the time of one HF iteration: much more progress per iteration, but each iteration costs about K times more.`;
}
