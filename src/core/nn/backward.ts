/**
 * Reverse mode: the loss, its gradient, per-example gradients and the general pullback Jᵀ Dz.
 *
 * One backward sweep (`backpropDeltas`) turns an output cotangent Dz into Ds_ℓ for every layer,
 * per example; the weight-space result is then either summed over the batch (gradient, Gv) or
 * written one row per example (per-example gradients, pseudo-gradients, Jacobian rows). Keeping the
 * two halves apart is what lets K-FAC read the per-example Ds_ℓ that the gradient already made.
 *
 * Convention: the objective is the MEAN loss (1/N) Σ_n ℓ_n; per-example rows are ∇_w ℓ_n with no
 * 1/N, so their mean (not their sum) is the batch gradient and their second moment is the
 * empirical Fisher / the PST estimate of G without rescaling.
 */
import { mulDerivative } from './activations';
import {
  assertForward,
  assertParamLength,
  assertRows,
  assertTargets,
  forward,
  type Workspace,
} from './forward';
import { accumulateOuter, transposeMul, writeOuterRow } from './kernels';
import { meanLoss, outputGradient } from './loss';

/**
 * ws.ds[ℓ] ← J_{z s_ℓ}ᵀ dz_n for every example and layer (backprop of an arbitrary output
 * cotangent). Uses the activations of the last forward.
 */
export function backpropDeltas(ws: Workspace, params: Float64Array, dz: Float64Array): void {
  const { layers } = ws.layout;
  const N = ws.batch;
  const last = layers[layers.length - 1];
  const dsL = ws.ds[last.index];
  if (dz !== dsL) dsL.set(dz);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const i = layer.index;
    mulDerivative(layer.activation, ws.s[i], ws.a[i], ws.ds[i], N * layer.fanOut);
    // Da_{ℓ−1} = W_ℓᵀ Ds_ℓ, not needed below layer 1 (the inputs are data, not parameters).
    if (l > 0) transposeMul(params, layer, ws.ds[i], ws.ds[i - 1], N, false);
  }
}

/** out += scale · Σ_n vec(Ds_ℓ,n ā_{ℓ−1,n}ᵀ) over all layers, from the current ws.ds. */
export function accumulateDeltas(ws: Workspace, out: Float64Array, scale: number): void {
  for (const layer of ws.layout.layers) {
    const i = layer.index;
    accumulateOuter(out, layer, ws.ds[i], ws.a[i - 1], ws.batch, scale, 1);
  }
}

/**
 * Row (n · rowStride + rowOffset) of `out` (rows of length P) ← J_{z s}ᵀ-pulled gradient of
 * example n, from the current ws.ds. Stride/offset let the dense Jacobian interleave outputs.
 */
export function writeDeltaRows(
  ws: Workspace,
  out: Float64Array,
  rowStride = 1,
  rowOffset = 0,
): void {
  const P = ws.layout.paramCount;
  for (let n = 0; n < ws.batch; n++) {
    const row = n * rowStride + rowOffset;
    for (const layer of ws.layout.layers) {
      const i = layer.index;
      writeOuterRow(out, row, P, layer, ws.ds[i], ws.a[i - 1], n);
    }
  }
}

/** The mean loss on a batch (runs forward). */
export function loss(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  targets: Float64Array,
): number {
  assertTargets(ws, targets);
  const z = forward(ws, params, inputs);
  return meanLoss(ws.layout, z, targets, ws.batch);
}

/** grad ← ∇_w (1/N) Σ_n ℓ(f(x_n, w), t_n); returns the mean loss. Runs forward. */
export function lossAndGradient(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  targets: Float64Array,
  grad: Float64Array,
): number {
  assertParamLength(ws, grad, 'lossAndGradient: grad');
  assertTargets(ws, targets);
  const z = forward(ws, params, inputs);
  const value = outputGradient(ws.layout, z, targets, ws.batch, ws.dz);
  backpropDeltas(ws, params, ws.dz);
  grad.fill(0);
  accumulateDeltas(ws, grad, 1 / ws.batch);
  return value;
}

/**
 * out (N × P, row-major) ← row n = ∇_w ℓ(f(x_n, w), t_n), without the 1/N; returns the mean loss.
 * Runs forward. The rows average to the batch gradient.
 */
export function perExampleGradients(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  targets: Float64Array,
  out: Float64Array,
): number {
  assertRows(ws, out, 'perExampleGradients');
  assertTargets(ws, targets);
  const z = forward(ws, params, inputs);
  const value = outputGradient(ws.layout, z, targets, ws.batch, ws.dz);
  backpropDeltas(ws, params, ws.dz);
  writeDeltaRows(ws, out);
  return value;
}

/**
 * Vector-Jacobian product out ← scale · Σ_n J_nᵀ dz_n with J_n = ∂z_n/∂w, at the last forward.
 * With dz = ∇_z ℓ and scale = 1/N it is the gradient; with dz = H_z Jv it is Gv.
 */
export function vjp(
  ws: Workspace,
  params: Float64Array,
  dz: Float64Array,
  out: Float64Array,
  scale = 1,
): Float64Array {
  assertForward(ws, params, 'vjp');
  assertParamLength(ws, out, 'vjp: out');
  if (dz.length !== ws.batch * ws.layout.outputDim) {
    throw new RangeError(`vjp: dz must be N × ${ws.layout.outputDim}`);
  }
  backpropDeltas(ws, params, dz);
  out.fill(0);
  accumulateDeltas(ws, out, scale);
  return out;
}
