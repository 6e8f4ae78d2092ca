import { describe, expect, it } from 'vitest';
import { gaussNewtonMatrix, hessianMatrix, jacobian } from './dense';
import { forward } from './forward';
import { gaussNewtonQuadratic, gaussNewtonVec } from './gauss-newton';
import { hessianVec } from './hessian';
import { ACTIVATIONS, OUTPUT_KINDS, weightIndex, type MlpLayout } from './mlp';
import {
  centralDiff,
  makeProblem,
  matMul,
  randomVector,
  relErr,
  symmetricEigenvalues,
  transpose,
} from './testing';

/** H_z(z_n) as an explicit k × k matrix, written from the formulas rather than the engine. */
function explicitOutputHessian(layout: MlpLayout, z: Float64Array, n: number): Float64Array {
  const k = layout.outputDim;
  const H = new Float64Array(k * k);
  const row = Array.from(z.subarray(n * k, n * k + k));
  if (layout.spec.output === 'squared-error') {
    for (let c = 0; c < k; c++) H[c * k + c] = 1 / layout.variance;
  } else if (layout.spec.output === 'softmax-ce') {
    const m = Math.max(...row);
    const e = row.map((x) => Math.exp(x - m));
    const sum = e.reduce((x, y) => x + y, 0);
    const p = e.map((x) => x / sum);
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) H[i * k + j] = (i === j ? p[i] : 0) - p[i] * p[j];
  } else {
    for (let c = 0; c < k; c++) {
      const s = 1 / (1 + Math.exp(-row[c]));
      H[c * k + c] = s * (1 - s);
    }
  }
  return H;
}

/** G = (1/N) Σ_n J_nᵀ H_n J_n from a dense Jacobian and explicit H_n, by plain matrix products. */
function explicitG(layout: MlpLayout, J: Float64Array, z: Float64Array, N: number): Float64Array {
  const k = layout.outputDim;
  const P = layout.paramCount;
  const G = new Float64Array(P * P);
  for (let n = 0; n < N; n++) {
    const Jn = J.subarray(n * k * P, (n + 1) * k * P);
    const term = matMul(
      transpose(Jn, k, P),
      matMul(explicitOutputHessian(layout, z, n), Jn, k, k, P),
      P,
      k,
      P,
    );
    for (let i = 0; i < P * P; i++) G[i] += term[i] / N;
  }
  return G;
}

const combos = ACTIVATIONS.flatMap((act) => OUTPUT_KINDS.map((output) => ({ act, output })));

describe.each(combos)('Gauss-Newton curvature: $act / $output', ({ act, output }) => {
  const setup = () => makeProblem([3, 4, 3], [act, 'linear'], output, 5, 31, 0.7);

  it('dense Jacobian columns match finite differences of the outputs', () => {
    const { ws, params, inputs, rng, layout } = setup();
    forward(ws, params, inputs);
    const J = jacobian(ws, params);
    const v = randomVector(layout.paramCount, rng);
    const jv = matMul(J, v, ws.batch * layout.outputDim, layout.paramCount, 1);
    const fd = centralDiff((w) => forward(ws, w, inputs), params, v);
    expect(relErr(jv, fd)).toBeLessThan(1e-6);
  });

  it('Gv equals Jᵀ H_z J v built from the dense Jacobian', () => {
    const { ws, params, inputs, rng, layout } = setup();
    const P = layout.paramCount;
    const z = forward(ws, params, inputs).slice();
    const G = explicitG(layout, jacobian(ws, params), z, ws.batch);
    for (let trial = 0; trial < 3; trial++) {
      const v = randomVector(P, rng);
      const gv = gaussNewtonVec(ws, params, v, new Float64Array(P));
      expect(relErr(gv, matMul(G, v, P, P, 1))).toBeLessThan(1e-12);
      let vGv = 0;
      for (let i = 0; i < P; i++) vGv += v[i] * gv[i];
      expect(gaussNewtonQuadratic(ws, params, v)).toBeCloseTo(vGv, 12);
    }
  });

  it('exact G is the explicit product, symmetric and positive semidefinite', () => {
    const { ws, params, inputs, layout } = setup();
    const P = layout.paramCount;
    const z = forward(ws, params, inputs).slice();
    const G = gaussNewtonMatrix(ws, params);
    expect(relErr(G, explicitG(layout, jacobian(ws, params), z, ws.batch))).toBeLessThan(1e-12);
    expect(relErr(G, transpose(G, P, P))).toBeLessThan(1e-14);
    const eig = symmetricEigenvalues(G, P);
    expect(eig[P - 1]).toBeGreaterThan(0);
    expect(eig[0]).toBeGreaterThan(-1e-12 * eig[P - 1]);
    // Rank ≤ N·k (one k-dim output per example), less for softmax, whose H_z has p in its kernel.
    const rank = eig.filter((x) => x > 1e-10 * eig[P - 1]).length;
    expect(rank).toBeLessThanOrEqual(ws.batch * (output === 'softmax-ce' ? 2 : 3));
  });
});

describe('exact Hessian', () => {
  it('columns are Pearlmutter products; symmetric; differs from G for a nonlinear net', () => {
    const { ws, params, inputs, targets, layout, rng } = makeProblem(
      [2, 4, 2],
      ['tanh', 'linear'],
      'softmax-ce',
      6,
      41,
    );
    const P = layout.paramCount;
    forward(ws, params, inputs);
    const H = hessianMatrix(ws, params, targets);
    expect(relErr(H, transpose(H, P, P))).toBeLessThan(1e-12);
    const v = randomVector(P, rng);
    const hv = hessianVec(ws, params, targets, v, new Float64Array(P));
    expect(relErr(matMul(H, v, P, P, 1), hv)).toBeLessThan(1e-13);
    expect(relErr(H, gaussNewtonMatrix(ws, params))).toBeGreaterThan(1e-2);
  });

  it('an indefinite Hessian is reported as such (tanh regression away from a minimum)', () => {
    const { ws, params, inputs, targets, layout } = makeProblem(
      [1, 6, 1],
      ['tanh', 'linear'],
      'squared-error',
      8,
      42,
    );
    forward(ws, params, inputs);
    const eig = symmetricEigenvalues(hessianMatrix(ws, params, targets), layout.paramCount);
    expect(eig[0]).toBeLessThan(-1e-6);
  });
});

describe('closed forms for linear networks with squared error', () => {
  it('one linear layer: G = H = (X̄ᵀX̄ / Nσ²) ⊗ I_k in the column-major vec layout', () => {
    const sigma2 = 0.5;
    const { ws, params, inputs, targets, layout } = makeProblem(
      [3, 2],
      ['linear'],
      'squared-error',
      9,
      51,
      sigma2,
    );
    const [d, k, N, P] = [3, 2, ws.batch, layout.paramCount];
    forward(ws, params, inputs);
    const G = gaussNewtonMatrix(ws, params);
    const H = hessianMatrix(ws, params, targets);
    const xbar = (n: number, j: number) => (j === d ? 1 : inputs[n * d + j]);
    const expected = new Float64Array(P * P);
    for (let j = 0; j <= d; j++) {
      for (let jj = 0; jj <= d; jj++) {
        let xtx = 0;
        for (let n = 0; n < N; n++) xtx += xbar(n, j) * xbar(n, jj);
        for (let i = 0; i < k; i++) expected[(j * k + i) * P + jj * k + i] = xtx / (N * sigma2);
      }
    }
    expect(relErr(G, expected)).toBeLessThan(1e-13);
    expect(relErr(H, expected)).toBeLessThan(1e-13);
  });

  it('deep linear net: each diagonal block of G is exactly A_{ℓ−1} ⊗ S_ℓ (K-FAC is exact)', () => {
    const { ws, params, inputs, layout } = makeProblem(
      [3, 4, 2],
      ['linear', 'linear'],
      'squared-error',
      7,
      52,
    );
    const N = ws.batch;
    const P = layout.paramCount;
    forward(ws, params, inputs);
    const G = gaussNewtonMatrix(ws, params);
    const [l1, l2] = layout.layers;
    // S_1 = W_2ᵀ W_2 (J_{z s_1} = W_2 for every example); S_2 = I.
    const W2 = (i: number, j: number) => params[weightIndex(l2, i, j)];
    const S1 = (i: number, ii: number) => W2(0, i) * W2(0, ii) + W2(1, i) * W2(1, ii);
    const S2 = (i: number, ii: number) => (i === ii ? 1 : 0);
    const abar = (buf: Float64Array, width: number) => (n: number, j: number) =>
      j === width ? 1 : buf[n * width + j];
    const blocks = [
      { layer: l1, S: S1, a: abar(inputs, 3) },
      { layer: l2, S: S2, a: abar(ws.a[1], 4) },
    ];
    for (const { layer, S, a } of blocks) {
      let worst = 0;
      for (let j = 0; j <= layer.fanIn; j++) {
        for (let jj = 0; jj <= layer.fanIn; jj++) {
          let A = 0;
          for (let n = 0; n < N; n++) A += (a(n, j) * a(n, jj)) / N;
          for (let i = 0; i < layer.fanOut; i++) {
            for (let ii = 0; ii < layer.fanOut; ii++) {
              const g = G[weightIndex(layer, i, j) * P + weightIndex(layer, ii, jj)];
              worst = Math.max(worst, Math.abs(g - A * S(i, ii)));
            }
          }
        }
      }
      expect(worst).toBeLessThan(1e-12);
    }
  });
});
