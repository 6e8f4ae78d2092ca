/**
 * The pullback sampling trick (the lecture's slides of that name; docs/math.md#pullback-sampling).
 *
 * For each example, sample a target ỹ_n from the model's own predictive distribution, take the
 * output cotangent Dz_n = ∇_z ℓ(z_n, ỹ_n) — mean 0, covariance H_z(z_n) for these exponential-family
 * losses — and pull it back with one ordinary backprop: Dw_n = J_nᵀ Dz_n. Then
 *   E_ỹ[Dw_n Dw_nᵀ] = J_nᵀ H_z J_n,   so   (1/N) Σ_n E[Dw_n Dw_nᵀ] = G,
 * and any tractable model of the pseudo-gradients' covariance (diagonal, K-FAC) approximates G at
 * the price of one backward pass, without matrix-vector products.
 *
 * Using the data's labels instead of ỹ gives the empirical Fisher — `perExampleGradients` — which
 * is a different matrix; the panels show both.
 */
import { backpropDeltas, writeDeltaRows } from './backward';
import { assertForward, assertRows, outputs, type Workspace } from './forward';
import { outputGradient, sampleTargets } from './loss';
import type { Rng } from './rng';

/**
 * Sample ỹ_n ~ p(· | z_n) at the last forward and backprop Dz_n = ∇_z ℓ(z_n, ỹ_n). Afterwards
 * ws.sampled holds ỹ, ws.dz holds Dz and ws.ds[ℓ] the per-example Ds_ℓ (no 1/N) — exactly the
 * quantities whose second moments K-FAC's S_ℓ factors estimate, with ws.a[ℓ−1] giving A_{ℓ−1}.
 */
export function samplePseudoDeltas(ws: Workspace, params: Float64Array, rng: Rng): void {
  assertForward(ws, params, 'samplePseudoDeltas');
  const { layout, batch } = ws;
  const z = outputs(ws);
  sampleTargets(layout, z, batch, rng, ws.sampled);
  outputGradient(layout, z, ws.sampled, batch, ws.dz);
  backpropDeltas(ws, params, ws.dz);
}

/**
 * out (N × P, row-major) ← one pseudo-gradient Dw_n = J_nᵀ Dz_n per example, at the last forward.
 * Their second moment (1/N) Σ_n Dw_n Dw_nᵀ is an unbiased estimate of G.
 */
export function samplePseudoGradients(
  ws: Workspace,
  params: Float64Array,
  rng: Rng,
  out: Float64Array,
): Float64Array {
  assertRows(ws, out, 'samplePseudoGradients');
  samplePseudoDeltas(ws, params, rng);
  writeDeltaRows(ws, out);
  return out;
}
