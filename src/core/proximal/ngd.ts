/**
 * The natural-gradient step as the slide defines it: the proximal objective with the loss
 * LINEARIZED and the FSD replaced by its QUADRATIC (second-order) model, the WSD acting as damping:
 *
 *   Δ = argmin_Δ  gᵀΔ + (λ_FSD/2) Δᵀ G_FSD Δ + (λ_WSD/2) ‖Δ‖²  =  −(λ_FSD G_FSD + λ_WSD I)⁻¹ g,
 *
 * with g the batch-loss gradient at w⁽ᵏ⁾ and G_FSD = (1/M) Σ J_mᵀ J_m / σ² the Gauss-Newton (=
 * Fisher) matrix of the FSD inputs. Solved by CG with exact G-vector products — CG needs at most
 * (number of distinct eigenvalues) ≤ M·n_L + 1 iterations, since G_FSD has rank ≤ M·n_L.
 *
 * For a small step (large λ's) the exact proximal solution agrees with this to first order; for a
 * large one the linear loss model overshoots, which the panel shows as a fifth curve.
 */
import { conjugateGradient } from '../cg/cg';
import { dot } from './vec';
import type { ProximalObjective, ProximalWeights } from './objective';

export interface NgdStep {
  /** w⁽ᵏ⁾ + Δ (equal to w⁽ᵏ⁾ when the step is undefined). */
  readonly w: Float64Array;
  readonly delta: Float64Array;
  /**
   * 'ok'; 'unbounded' when the quadratic model has no minimizer: λ_FSD = λ_WSD = 0, or λ_WSD = 0
   * and the loss gradient has a part G_FSD cannot see (FSD inputs that miss the batch).
   */
  readonly status: 'ok' | 'unbounded';
  readonly cgIterations: number;
  /** ‖AΔ + g‖ / ‖g‖ of the solve. */
  readonly relResidual: number;
  /** The model's predicted change of Q: gᵀΔ + ½ ΔᵀAΔ = ½ gᵀΔ at the minimizer. */
  readonly predictedDecrease: number;
}

/** Residual at which a CG solution counts as exact (the panel shows 4 digits). */
const SOLVE_TOL = 1e-9;

export function naturalGradientStep(obj: ProximalObjective, lambdas: ProximalWeights): NgdStep {
  const { lambdaFsd, lambdaWsd } = lambdas;
  const P = obj.layout.paramCount;
  const g = new Float64Array(P);
  obj.lossGradient(obj.anchor, g);
  const scratch = new Float64Array(P);
  const apply = (v: Float64Array, out: Float64Array) => {
    if (lambdaFsd > 0) {
      obj.fsdCurvatureVec(v, scratch);
      for (let i = 0; i < P; i++) out[i] = lambdaFsd * scratch[i] + lambdaWsd * v[i];
    } else {
      for (let i = 0; i < P; i++) out[i] = lambdaWsd * v[i];
    }
  };
  // The course's CG (Hessian-free panel) minimizes ½xᵀAx + gᵀx, i.e. solves Ax = −g.
  const cg = conjugateGradient(apply, g, { maxIters: P, residualTol: SOLVE_TOL * 1e-2 });
  let gg = 0;
  for (let i = 0; i < P; i++) gg += g[i] * g[i];
  const relResidual = gg > 0 ? cg.residual[cg.iterations] / Math.sqrt(gg) : 0;
  const ok = relResidual <= SOLVE_TOL && cg.x.every(Number.isFinite);
  const delta = ok ? cg.x : new Float64Array(P);
  const w = obj.anchor.slice();
  for (let i = 0; i < P; i++) w[i] += delta[i];
  return {
    w,
    delta,
    status: ok ? 'ok' : 'unbounded',
    cgIterations: cg.iterations,
    relResidual,
    predictedDecrease: ok ? 0.5 * dot(g, delta) : -Infinity,
  };
}
