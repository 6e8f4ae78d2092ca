/**
 * The panel's "using it" comparison on the linear model: GD preconditioned by diag(Ĝ)⁻¹ (the EMA
 * estimate at its last step) and by the exact G⁻¹ at the start, both fixed, with the training
 * loss's minimum for the loss gap and each run's stable step bound 2/λ_max(P^½ H P^½).
 */
import { createWorkspace, forward, gaussNewtonMatrix } from '../nn';
import type { Mat2, Vec2 } from '../types';
import type { EmaTrace } from './ema';
import { precondGd, type PrecondRun } from './precondGd';
import type { PstOutput } from './choices';
import type { PstProblem } from './problem';
import { stableStepBound } from './stability';

export interface PstGd {
  diag: PrecondRun;
  full: PrecondRun;
  /** C of each run: diag of the final debiased EMA estimate, and the exact G at the start. */
  diagCurvature: Mat2;
  fullCurvature: Mat2;
  /** The smallest training loss found (Fisher scoring to convergence), for the loss gap. */
  lossMin: number;
  /** The loss is quadratic in w (Gaussian output): the bounds are exact and global. */
  quadratic: boolean;
  /** The minimizer w* (Fisher scoring converged), or null when none was found (separable data). */
  wStar: Vec2 | null;
  /** The Hessian at w* (= G(w*), canonical link), or null without a minimizer. */
  hessianAtMin: Mat2 | null;
  /** 2/λ_max(P^½ H(w*) P^½) for P = C⁻¹ of each run; null when C is singular or no w*. */
  bounds: { diag: number | null; full: number | null };
}

interface GdSettings {
  output: PstOutput;
  lr: number;
  gdSteps: number;
}

export function runGd(prob: PstProblem, ema: EmaTrace, G: Mat2, req: GdSettings): PstGd {
  const S = ema.debiased.length / 2;
  const diagCurvature: Mat2 = [ema.debiased[2 * S - 2], 0, 0, ema.debiased[2 * S - 1]];
  const quadratic = req.output === 'gaussian';
  const common = {
    layout: prob.layout,
    inputs: prob.inputs,
    targets: prob.targets,
    start: prob.params,
    lr: req.lr,
    steps: req.gdSteps,
    quadratic,
  };
  const diag = precondGd({ ...common, curvature: diagCurvature });
  const full = precondGd({ ...common, curvature: G });
  const min = minimum(prob, diag, full);
  const H = min.w ? curvatureAt(prob, min.w) : null;
  const bound = (C: Mat2) => (H ? stableStepBound(C, H) : null);
  return {
    diag,
    full,
    diagCurvature,
    fullCurvature: G,
    lossMin: min.loss,
    quadratic,
    wStar: min.w,
    hessianAtMin: H,
    bounds: { diag: bound(diagCurvature), full: bound(G) },
  };
}

/** G at w for the 2-weight model (the Hessian of these canonical-link GLMs). */
function curvatureAt(prob: PstProblem, w: Vec2): Mat2 {
  const ws = createWorkspace(prob.layout, prob.n);
  const params = Float64Array.from(w);
  forward(ws, params, prob.inputs);
  const G = gaussNewtonMatrix(ws, params);
  return [G[0], 0.5 * (G[1] + G[2]), 0.5 * (G[1] + G[2]), G[3]];
}

/**
 * The training loss at its minimum, by Fisher scoring (for this canonical-link GLM, G is the
 * Hessian, so this is Newton's method), and the minimizer when it converged. Separable logistic
 * data has no minimum; then the best loss seen anywhere is used and w is null.
 */
function minimum(prob: PstProblem, ...runs: PrecondRun[]): { loss: number; w: Vec2 | null } {
  const { layout, inputs, targets } = prob;
  let w = Float64Array.from(prob.params);
  let best = Infinity;
  for (const r of runs) for (const v of r.loss) if (v < best) best = v;
  for (let k = 0; k < 60; k++) {
    const run = precondGd({
      layout,
      inputs,
      targets,
      start: w,
      curvature: curvatureAt(prob, [w[0], w[1]]),
      lr: 1,
      steps: 1,
    });
    const last = run.loss[run.loss.length - 1];
    if (!Number.isFinite(last)) break;
    if (last < best) best = last;
    w = Float64Array.from(run.iterates.subarray(run.iterates.length - 2));
    if (run.status === 'converged') return { loss: best, w: [w[0], w[1]] };
  }
  return { loss: best, w: null };
}
