/**
 * The proximal objective of the lecture ("Interpretation 4: Proximal Optimization"),
 *
 *   Q(w) = (1/N) Σ_{i∈B} ℓ(f(x_i, w), t_i)                        (loss on the batch)
 *        + λ_FSD · (1/M) Σ_m ρ(f(x_m, w), f(x_m, w⁽ᵏ⁾))            (function-space distance)
 *        + (λ_WSD / 2) ‖w − w⁽ᵏ⁾‖²                                  (weight-space distance),
 *
 * with ρ the KL divergence between the Gaussian predictive distributions of the two networks,
 * ρ = ‖f − f_k‖² / (2σ²) — for the squared-error output (σ² = 1 by default) this is ½‖f − f_k‖².
 * The M "FSD inputs" x_m are either the batch itself (the slide's cheap approximation) or a
 * wider set (the training inputs), so E_x is an explicit average.
 *
 * Its exact gradient is one backward pass per term: the loss gradient of the engine, the pullback
 * Jᵀ(f − f_k)·λ_FSD/(Mσ²) through the engine's VJP, and λ_WSD (w − w⁽ᵏ⁾).
 */
import {
  createWorkspace,
  forward,
  gaussNewtonVec,
  loss as batchLoss,
  lossAndGradient,
  vjp,
  type MlpLayout,
  type Workspace,
} from '../nn';

/** Weights of the two proximity terms; both ≥ 0. */
export interface ProximalWeights {
  readonly lambdaFsd: number;
  readonly lambdaWsd: number;
}

/** The three unweighted terms and the weighted total Q. */
export interface ProximalTerms {
  /** Q(w) = loss + λ_FSD·fsd + λ_WSD·wsd. */
  readonly total: number;
  /** Mean loss on the batch. */
  readonly loss: number;
  /** E_x ρ(f(x, w), f(x, w⁽ᵏ⁾)) over the FSD inputs (without λ_FSD). */
  readonly fsd: number;
  /** ½‖w − w⁽ᵏ⁾‖² (without λ_WSD). */
  readonly wsd: number;
}

export interface ProximalObjective {
  readonly layout: MlpLayout;
  /** The anchor w⁽ᵏ⁾ (not copied: do not modify). */
  readonly anchor: Float64Array;
  /** Q and its terms at w; with `grad`, also grad ← ∇Q(w). */
  evaluate(w: Float64Array, lambdas: ProximalWeights, grad?: Float64Array): ProximalTerms;
  /**
   * grad ← ∇Q(w); returns Q(w). The optimizer's hot path: with λ_FSD = 0 it skips the FSD
   * inputs' forward pass entirely (the term is then absent from Q, whatever its value).
   */
  valueAndGradient(w: Float64Array, lambdas: ProximalWeights, grad: Float64Array): number;
  /** out ← ∇ of the batch loss at w (the only non-zero part of ∇Q at w = w⁽ᵏ⁾); returns the loss. */
  lossGradient(w: Float64Array, out: Float64Array): number;
  /**
   * out ← G_FSD v, the Hessian of the FSD term at w⁽ᵏ⁾ (without λ_FSD): (1/M) Σ_m J_mᵀ J_m v / σ².
   * Because ρ is quadratic in f and zero at w⁽ᵏ⁾, its Hessian there IS this Gauss-Newton matrix.
   */
  fsdCurvatureVec(v: Float64Array, out: Float64Array): Float64Array;
  /** out ← G_B v, the Gauss-Newton matrix of the batch loss at w⁽ᵏ⁾. */
  lossCurvatureVec(v: Float64Array, out: Float64Array): Float64Array;
}

export interface ProximalData {
  /** Batch inputs (N × n_0) and targets (N × n_L), row-major. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** The M inputs over which E_x of the FSD is averaged (M × n_0). */
  readonly fsdInputs: Float64Array;
}

export function createProximalObjective(
  layout: MlpLayout,
  anchor: Float64Array,
  data: ProximalData,
): ProximalObjective {
  if (layout.spec.output !== 'squared-error') {
    throw new RangeError('proximal objective: ρ is implemented for the squared-error output only');
  }
  const P = layout.paramCount;
  if (anchor.length !== P) throw new RangeError(`proximal objective: anchor must have length ${P}`);
  const d = layout.inputDim;
  const k = layout.outputDim;
  const N = data.inputs.length / d;
  const M = data.fsdInputs.length / d;
  if (!Number.isInteger(N) || N < 1 || data.targets.length !== N * k) {
    throw new RangeError('proximal objective: the batch needs N ≥ 1 inputs with matching targets');
  }
  if (!Number.isInteger(M) || M < 1) {
    throw new RangeError('proximal objective: at least one FSD input is needed');
  }
  const wsBatch: Workspace = createWorkspace(layout, N);
  const wsFsd: Workspace = createWorkspace(layout, M);
  // f(x_m, w⁽ᵏ⁾) once; a private copy of the anchor so the curvature cache stays valid.
  const anchorCopy = anchor.slice();
  const reference = forward(wsFsd, anchorCopy, data.fsdInputs).slice();
  const residual = new Float64Array(M * k);
  const scratch = new Float64Array(P);
  const inv2s2 = 1 / (2 * layout.variance);
  let curvatureReady = false;
  let lossCurvatureReady = false;

  function fsdTerm(w: Float64Array, lambdaFsd: number, grad?: Float64Array): number {
    const z = forward(wsFsd, w, data.fsdInputs);
    curvatureReady = false;
    let acc = 0;
    for (let i = 0; i < residual.length; i++) {
      const r = z[i] - reference[i];
      residual[i] = r;
      acc += r * r;
    }
    if (grad && lambdaFsd !== 0) {
      // ∇_w (λ/M) Σ ‖f_m − f_k,m‖²/(2σ²) = (λ/(Mσ²)) Σ J_mᵀ (f_m − f_k,m).
      vjp(wsFsd, w, residual, scratch, (2 * inv2s2 * lambdaFsd) / M);
      for (let i = 0; i < P; i++) grad[i] += scratch[i];
    }
    return (acc * inv2s2) / M;
  }

  const api: ProximalObjective = {
    layout,
    anchor,
    evaluate(w, { lambdaFsd, lambdaWsd }, grad) {
      const loss = grad
        ? lossAndGradient(wsBatch, w, data.inputs, data.targets, grad)
        : batchLoss(wsBatch, w, data.inputs, data.targets);
      const fsd = fsdTerm(w, lambdaFsd, grad);
      let sq = 0;
      for (let i = 0; i < P; i++) {
        const dw = w[i] - anchorCopy[i];
        sq += dw * dw;
        if (grad) grad[i] += lambdaWsd * dw;
      }
      const wsd = sq / 2;
      const total = loss + (lambdaFsd === 0 ? 0 : lambdaFsd * fsd) + lambdaWsd * wsd;
      return { total, loss, fsd, wsd };
    },
    lossCurvatureVec(v, out) {
      if (!lossCurvatureReady || wsBatch.params !== anchorCopy) {
        forward(wsBatch, anchorCopy, data.inputs);
        lossCurvatureReady = true;
      }
      return gaussNewtonVec(wsBatch, anchorCopy, v, out);
    },
    valueAndGradient(w, lambdas, grad) {
      if (lambdas.lambdaFsd !== 0) return api.evaluate(w, lambdas, grad).total;
      const value = lossAndGradient(wsBatch, w, data.inputs, data.targets, grad);
      let sq = 0;
      for (let i = 0; i < P; i++) {
        const dw = w[i] - anchorCopy[i];
        sq += dw * dw;
        grad[i] += lambdas.lambdaWsd * dw;
      }
      return value + (lambdas.lambdaWsd * sq) / 2;
    },
    lossGradient(w, out) {
      return lossAndGradient(wsBatch, w, data.inputs, data.targets, out);
    },
    fsdCurvatureVec(v, out) {
      if (!curvatureReady) {
        forward(wsFsd, anchorCopy, data.fsdInputs);
        curvatureReady = true;
      }
      return gaussNewtonVec(wsFsd, anchorCopy, v, out);
    },
  };
  return api;
}
