/**
 * Dense curvature matrices for small models (P up to a few hundred): the output Jacobian, the exact
 * Gauss-Newton matrix G and the exact Hessian H. The panels use them for spectra, for exact
 * (damped) Newton / Gauss-Newton steps, and as ground truth that the matrix-free products and the
 * K-FAC / diagonal approximations are compared against.
 *
 * Matrices are row-major Float64Arrays; G and H are P × P with the parameter order of mlp.ts.
 * Memory is N·k·P + P² numbers, so this is deliberately not used by the matrix-free optimizers.
 */
import { backpropDeltas, writeDeltaRows } from './backward';
import { assertForward, outputs, type Workspace } from './forward';
import { hessianVec } from './hessian';
import { outputHessianVecRow } from './loss';

/**
 * The output Jacobian at the last forward: an (N·k) × P matrix whose row n·k + c is ∂z_{n,c}/∂w.
 * Built by k pullbacks of unit cotangents, one per output unit, each giving N rows at once.
 */
export function jacobian(ws: Workspace, params: Float64Array, out?: Float64Array): Float64Array {
  assertForward(ws, params, 'jacobian');
  const { batch: N, layout } = ws;
  const k = layout.outputDim;
  const P = layout.paramCount;
  const J = out ?? new Float64Array(N * k * P);
  if (J.length !== N * k * P) throw new RangeError(`jacobian: out must be (N·k) × P`);
  for (let c = 0; c < k; c++) {
    ws.dz.fill(0);
    for (let n = 0; n < N; n++) ws.dz[n * k + c] = 1;
    backpropDeltas(ws, params, ws.dz);
    writeDeltaRows(ws, J, k, c);
  }
  return J;
}

/**
 * The exact Gauss-Newton matrix G = (1/N) Σ_n J_nᵀ H_z(z_n) J_n (P × P, row-major) at the last
 * forward, assembled from per-example Jacobians. Equal to the Fisher for the three output kinds
 * when the last layer is linear. Symmetric up to rounding (no symmetrisation is applied, so the
 * tests can check it); callers that need exact symmetry should average G and Gᵀ.
 */
export function gaussNewtonMatrix(
  ws: Workspace,
  params: Float64Array,
  out?: Float64Array,
): Float64Array {
  const J = jacobian(ws, params);
  const { batch: N, layout } = ws;
  const k = layout.outputDim;
  const P = layout.paramCount;
  const G = out ?? new Float64Array(P * P);
  if (G.length !== P * P) throw new RangeError('gaussNewtonMatrix: out must be P × P');
  G.fill(0);
  const z = outputs(ws);
  const col = new Float64Array(k);
  const hcol = new Float64Array(k);
  const HJ = new Float64Array(k * P); // H_z(z_n) J_n for the current example
  for (let n = 0; n < N; n++) {
    const zo = n * k;
    for (let p = 0; p < P; p++) {
      for (let c = 0; c < k; c++) col[c] = J[(zo + c) * P + p];
      outputHessianVecRow(layout, z, zo, col, 0, hcol, 0);
      for (let c = 0; c < k; c++) HJ[c * P + p] = hcol[c];
    }
    // G += (1/N) J_nᵀ (H J_n): row p of G gets Σ_c J_n(c, p) · row c of H J_n.
    for (let c = 0; c < k; c++) {
      const jRow = (zo + c) * P;
      const hRow = c * P;
      for (let p = 0; p < P; p++) {
        const jp = J[jRow + p] / N;
        if (jp === 0) continue;
        const gRow = p * P;
        for (let q = 0; q < P; q++) G[gRow + q] += jp * HJ[hRow + q];
      }
    }
  }
  return G;
}

/**
 * The exact Hessian of the mean loss (P × P, row-major) at the last forward, one column per
 * Pearlmutter product H e_p. Unlike G it can be indefinite — that is the point of showing it.
 */
export function hessianMatrix(
  ws: Workspace,
  params: Float64Array,
  targets: Float64Array,
  out?: Float64Array,
): Float64Array {
  const P = ws.layout.paramCount;
  const H = out ?? new Float64Array(P * P);
  if (H.length !== P * P) throw new RangeError('hessianMatrix: out must be P × P');
  const e = new Float64Array(P);
  const col = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    e[p] = 1;
    hessianVec(ws, params, targets, e, col);
    e[p] = 0;
    for (let q = 0; q < P; q++) H[q * P + p] = col[q];
  }
  return H;
}
