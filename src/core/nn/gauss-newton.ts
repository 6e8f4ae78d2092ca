/**
 * Forward mode and the Gauss-Newton-vector product.
 *
 * J v (the JVP, Pearlmutter's R-op on the forward pass) costs one extra forward sweep; Gv =
 * Jᵀ H_z J v is then a JVP, the output Hessian on the N × k output directions, and one backprop
 * (Schraudolph 2002; docs/math.md#matrix-vector-products). No P × P matrix is formed, which
 * is what makes Hessian-free optimization possible; G never needs φ'' and is PSD whenever H_z
 * is, so CG on G + λI cannot meet negative curvature.
 *
 * All routines here reuse the activations of the last `forward(ws, params, inputs)`.
 */
import { mulDerivative } from './activations';
import { accumulateDeltas, backpropDeltas } from './backward';
import { assertForward, assertParamLength, outputs, type Workspace } from './forward';
import { addLinear, affine } from './kernels';
import { outputHessianVec } from './loss';

/**
 * Forward R-op: ws.rs[ℓ] ← R{s_ℓ} = V̄_ℓ ā_{ℓ−1} + W_ℓ R{a_{ℓ−1}} and ws.ra[ℓ] ← φ'(s_ℓ) ⊙ R{s_ℓ},
 * where v (length P, laid out like w) holds the V̄_ℓ. R{a_0} = 0 because inputs are data.
 */
export function forwardROp(ws: Workspace, params: Float64Array, v: Float64Array): void {
  const N = ws.batch;
  for (const layer of ws.layout.layers) {
    const i = layer.index;
    const rs = ws.rs[i];
    const ra = ws.ra[i];
    affine(v, layer, ws.a[i - 1], rs, N);
    if (i > 1) addLinear(params, layer, ws.ra[i - 1], rs, N);
    if (ra !== rs) ra.set(rs);
    mulDerivative(layer.activation, ws.s[i], ws.a[i], ra, N * layer.fanOut);
  }
}

/**
 * Jacobian-vector product: the directional derivative of the outputs, (J v)_n = ∂z_n/∂w · v,
 * N × k row-major. Returns a view into the workspace unless `out` is given.
 */
export function jvp(
  ws: Workspace,
  params: Float64Array,
  v: Float64Array,
  out?: Float64Array,
): Float64Array {
  assertForward(ws, params, 'jvp');
  assertParamLength(ws, v, 'jvp: v');
  forwardROp(ws, params, v);
  const jv = ws.ra[ws.layout.layers.length];
  if (out === undefined) return jv;
  out.set(jv);
  return out;
}

/**
 * Gauss-Newton-vector product out ← G v with G = (1/N) Σ_n J_nᵀ H_z(z_n) J_n, the curvature of the
 * mean loss linearised in the outputs.
 */
export function gaussNewtonVec(
  ws: Workspace,
  params: Float64Array,
  v: Float64Array,
  out: Float64Array,
): Float64Array {
  assertForward(ws, params, 'gaussNewtonVec');
  assertParamLength(ws, v, 'gaussNewtonVec: v');
  assertParamLength(ws, out, 'gaussNewtonVec: out');
  forwardROp(ws, params, v);
  const { layout, batch } = ws;
  outputHessianVec(layout, outputs(ws), ws.ra[layout.layers.length], batch, ws.dz);
  backpropDeltas(ws, params, ws.dz);
  out.fill(0);
  accumulateDeltas(ws, out, 1 / batch);
  return out;
}

/**
 * vᵀ G v = (1/N) Σ_n ‖H_z^{½} J_n v‖² with one JVP and no backprop — what K-FAC's rescaling and
 * the HF reduction ratio need for their quadratic models (docs/math.md#k-fac).
 */
export function gaussNewtonQuadratic(ws: Workspace, params: Float64Array, v: Float64Array): number {
  assertForward(ws, params, 'gaussNewtonQuadratic');
  assertParamLength(ws, v, 'gaussNewtonQuadratic: v');
  forwardROp(ws, params, v);
  const { layout, batch } = ws;
  const jv = ws.ra[layout.layers.length];
  outputHessianVec(layout, outputs(ws), jv, batch, ws.dz);
  let acc = 0;
  for (let k = 0; k < jv.length; k++) acc += jv[k] * ws.dz[k];
  return acc / batch;
}
