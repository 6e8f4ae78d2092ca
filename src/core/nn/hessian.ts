/**
 * Exact Hessian-vector product by Pearlmutter's method: apply the R-operator R{·} = d/dε|₀ (· at
 * w + εv) to every line of the forward AND the backward pass. Cost ≈ 2 gradients, exact to
 * rounding — unlike a finite difference of gradients, whose step size trades truncation against
 * cancellation and which the panels must not show as "the Hessian".
 *
 * Backward pass and its R-op (Da = ∂ℓ/∂a, per example; ⊙ element-wise):
 *   Da_L = ∇_z ℓ                         R{Da_L} = H_z R{z}
 *   Ds_ℓ = Da_ℓ ⊙ φ'(s_ℓ)                R{Ds_ℓ} = R{Da_ℓ} ⊙ φ'(s_ℓ) + Da_ℓ ⊙ φ''(s_ℓ) ⊙ R{s_ℓ}
 *   DW̄_ℓ = Σ_n Ds_ℓ ā_{ℓ−1}ᵀ            R{DW̄_ℓ} = Σ_n R{Ds_ℓ} ā_{ℓ−1}ᵀ + Ds_ℓ [R{a_{ℓ−1}}; 0]ᵀ
 *   Da_{ℓ−1} = W_ℓᵀ Ds_ℓ                 R{Da_{ℓ−1}} = W_ℓᵀ R{Ds_ℓ} + V_ℓᵀ Ds_ℓ
 * H v = (1/N) vec R{DW̄}. Dropping the φ'' term and the two V-terms (which carry the residual
 * ∇_z ℓ) leaves exactly G v: the Hessian minus the Gauss-Newton matrix is the part that depends on
 * the loss gradient, and it is the part that can make H indefinite.
 */
import { derivative, isPiecewiseLinear, secondDerivative } from './activations';
import {
  assertForward,
  assertParamLength,
  assertTargets,
  outputs,
  type Workspace,
} from './forward';
import { forwardROp } from './gauss-newton';
import { accumulateOuter, transposeMul } from './kernels';
import { outputGradient, outputHessianVec } from './loss';

/**
 * out ← H v, H = ∇²_w (1/N) Σ_n ℓ(f(x_n, w), t_n), at the last forward; returns out.
 * ws.ds afterwards holds the per-example Ds_ℓ of the gradient, as after a gradient call.
 */
export function hessianVec(
  ws: Workspace,
  params: Float64Array,
  targets: Float64Array,
  v: Float64Array,
  out: Float64Array,
): Float64Array {
  assertForward(ws, params, 'hessianVec');
  assertTargets(ws, targets);
  assertParamLength(ws, v, 'hessianVec: v');
  assertParamLength(ws, out, 'hessianVec: out');
  const { layout, batch: N } = ws;
  const { layers } = layout;
  const L = layers.length;
  forwardROp(ws, params, v);
  const z = outputs(ws);
  // Da_L and R{Da_L}; they are turned into Ds and R{Ds} in place below.
  outputGradient(layout, z, targets, N, ws.ds[L]);
  outputHessianVec(layout, z, ws.ra[L], N, ws.rds[L]);
  out.fill(0);
  const scale = 1 / N;
  for (let l = L - 1; l >= 0; l--) {
    const layer = layers[l];
    const i = layer.index;
    const { activation } = layer;
    const s = ws.s[i];
    const a = ws.a[i];
    const d = ws.ds[i];
    const rd = ws.rds[i];
    const rs = ws.rs[i];
    const len = N * layer.fanOut;
    if (isPiecewiseLinear(activation)) {
      for (let k = 0; k < len; k++) {
        const f1 = derivative(activation, s[k], a[k]);
        d[k] *= f1;
        rd[k] *= f1;
      }
    } else {
      for (let k = 0; k < len; k++) {
        const f1 = derivative(activation, s[k], a[k]);
        const f2 = secondDerivative(activation, s[k], a[k]);
        rd[k] = rd[k] * f1 + d[k] * f2 * rs[k];
        d[k] *= f1;
      }
    }
    accumulateOuter(out, layer, rd, ws.a[i - 1], N, scale, 1);
    if (i > 1) {
      // The bias entry of R{ā} is 0: the homogeneous 1 does not move with w.
      accumulateOuter(out, layer, d, ws.ra[i - 1], N, scale, 0);
      transposeMul(params, layer, d, ws.ds[i - 1], N, false);
      transposeMul(params, layer, rd, ws.rds[i - 1], N, false);
      transposeMul(v, layer, d, ws.rds[i - 1], N, true);
    }
  }
  return out;
}
