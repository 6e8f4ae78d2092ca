/**
 * K-FAC's Kronecker factors of each layer's Gauss-Newton block (Martens & Grosse 2015):
 *   G_ℓℓ = E_n[ ā_n ā_nᵀ ⊗ J_nᵀ H_n J_n ]  ≈  E[ā āᵀ] ⊗ E[J_nᵀ H_n J_n] = A_{ℓ−1} ⊗ S_ℓ,
 * with J_n = ∂z_n/∂s_ℓ (k × n_ℓ) and H_n the output Hessian of the loss. The approximation is the
 * slide's "activations independent of pre-activation gradients": it replaces the mean of a
 * Kronecker product by the Kronecker product of the means.
 *
 * Here S_ℓ is the exact expectation over the output distribution (k backprops of unit
 * cotangents), so that the panel's error is the error of the approximation itself and not of
 * sampling. Training uses the sampled estimate (samplePseudoDeltas) instead.
 */
import { mat, type Mat } from '../linalg';
import { backpropDeltas } from '../nn/backward';
import { assertForward, outputs, type Workspace } from '../nn/forward';
import { outputHessianVecRow } from '../nn/loss';

export interface LayerFactors {
  /** A_{ℓ−1} = (1/N) Σ ā āᵀ, (n_{ℓ−1}+1)², the homogeneous 1 last. */
  readonly A: Mat;
  /** S_ℓ = (1/N) Σ J_nᵀ H_n J_n, n_ℓ × n_ℓ. */
  readonly S: Mat;
}

/** A_{ℓ−1} from the activations of the last forward (N × fanIn rows, 1 appended). */
export function activationFactor(acts: Float64Array, fanIn: number, N: number): Mat {
  const d = fanIn + 1;
  const A = mat(d, d);
  const abar = new Float64Array(d);
  abar[fanIn] = 1;
  for (let n = 0; n < N; n++) {
    for (let j = 0; j < fanIn; j++) abar[j] = acts[n * fanIn + j];
    for (let i = 0; i < d; i++) {
      const ai = abar[i] / N;
      for (let j = 0; j < d; j++) A.data[i * d + j] += ai * abar[j];
    }
  }
  return A;
}

/** Exact A_{ℓ−1} and S_ℓ for every layer at the last forward of `ws`. */
export function exactFactors(ws: Workspace, params: Float64Array): LayerFactors[] {
  assertForward(ws, params, 'exactFactors');
  const { layout, batch: N } = ws;
  const k = layout.outputDim;
  const z = outputs(ws);
  // jac[c][ℓ] holds row n of ∂z_{n,c}/∂s_ℓ for every n: one backprop of the unit cotangent e_c.
  const jac: Float64Array[][] = [];
  const dz = new Float64Array(N * k);
  for (let c = 0; c < k; c++) {
    dz.fill(0);
    for (let n = 0; n < N; n++) dz[n * k + c] = 1;
    backpropDeltas(ws, params, dz);
    jac.push(layout.layers.map((layer) => ws.ds[layer.index].slice()));
  }
  const col = new Float64Array(k);
  const hcol = new Float64Array(k);
  return layout.layers.map((layer, l) => {
    const width = layer.fanOut;
    const S = mat(width, width);
    // HJ(c, i) = (H_n J_n)(c, i), built column by column from the loss's H_z-vector product.
    const HJ = new Float64Array(k * width);
    for (let n = 0; n < N; n++) {
      for (let i = 0; i < width; i++) {
        for (let c = 0; c < k; c++) col[c] = jac[c][l][n * width + i];
        outputHessianVecRow(layout, z, n * k, col, 0, hcol, 0);
        for (let c = 0; c < k; c++) HJ[c * width + i] = hcol[c];
      }
      for (let c = 0; c < k; c++) {
        for (let i = 0; i < width; i++) {
          const ji = jac[c][l][n * width + i] / N;
          if (ji === 0) continue;
          for (let ii = 0; ii < width; ii++) S.data[i * width + ii] += ji * HJ[c * width + ii];
        }
      }
    }
    symmetrize(S);
    return { A: activationFactor(ws.a[layer.index - 1], layer.fanIn, N), S };
  });
}

/** (M + Mᵀ)/2 in place: removes rounding-level asymmetry before eigensolves and Cholesky. */
export function symmetrize(M: Mat): void {
  const n = M.rows;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = 0.5 * (M.data[i * n + j] + M.data[j * n + i]);
      M.data[i * n + j] = s;
      M.data[j * n + i] = s;
    }
  }
}
