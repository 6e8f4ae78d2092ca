import { describe, expect, it } from 'vitest';
import { gaussNewtonMatrix } from './dense';
import { forward } from './forward';
import { predictiveMean, sampleTargets } from './loss';
import { OUTPUT_KINDS } from './mlp';
import { createRng } from './rng';
import { samplePseudoGradients } from './sampling';
import { makeProblem, norm, relErr } from './testing';

describe.each(OUTPUT_KINDS)('pullback sampling: %s', (output) => {
  const setup = () => makeProblem([2, 3, 3], ['tanh', 'linear'], output, 4, 61, 0.5);

  it('empirical covariance of pseudo-gradients approaches G', () => {
    const { ws, params, inputs, layout } = setup();
    const P = layout.paramCount;
    forward(ws, params, inputs);
    const G = gaussNewtonMatrix(ws, params);
    const rng = createRng(7);
    const rows = new Float64Array(ws.batch * P);
    const C = new Float64Array(P * P);
    const mean = new Float64Array(P);
    const rounds = 4000;
    const total = rounds * ws.batch;
    for (let r = 0; r < rounds; r++) {
      samplePseudoGradients(ws, params, rng, rows);
      for (let n = 0; n < ws.batch; n++) {
        const o = n * P;
        for (let p = 0; p < P; p++) {
          const dp = rows[o + p] / total;
          mean[p] += rows[o + p] / total;
          for (let q = 0; q < P; q++) C[p * P + q] += dp * rows[o + q];
        }
      }
    }
    // 16 000 samples: sampling error of the covariance is a few percent in Frobenius norm.
    const err = relErr(C, G);
    expect(err).toBeLessThan(0.08);
    // The estimate must be informative: far closer than, e.g., twice or half of G.
    expect(err).toBeLessThan(
      relErr(
        G.map((x) => 2 * x),
        G,
      ) / 4,
    );
    // E[Dz] = 0, so the pseudo-gradients are centred.
    expect(norm(mean)).toBeLessThan(
      0.05 * Math.sqrt(G.reduce((s, x, i) => (i % (P + 1) === 0 ? s + x : s), 0)),
    );
  });

  it('sampled targets follow the predictive distribution', () => {
    const { ws, params, inputs, layout } = setup();
    const z = forward(ws, params, inputs);
    const k = layout.outputDim;
    const size = ws.batch * k;
    const mu = new Float64Array(size);
    predictiveMean(layout, z, ws.batch, mu);
    const rng = createRng(8);
    const y = new Float64Array(size);
    const sum = new Float64Array(size);
    const sumSq = new Float64Array(size);
    const S = 20000;
    for (let s = 0; s < S; s++) {
      sampleTargets(layout, z, ws.batch, rng, y);
      for (let i = 0; i < size; i++) {
        sum[i] += y[i];
        sumSq[i] += y[i] * y[i];
      }
      if (output === 'softmax-ce') {
        for (let n = 0; n < ws.batch; n++) {
          let rowSum = 0;
          for (let c = 0; c < k; c++) rowSum += y[n * k + c];
          expect(rowSum).toBe(1);
        }
      }
    }
    for (let i = 0; i < size; i++) {
      const m = sum[i] / S;
      const v = sumSq[i] / S - m * m;
      const expectedVar = output === 'squared-error' ? 0.5 : mu[i] * (1 - mu[i]);
      expect(Math.abs(m - mu[i])).toBeLessThan(5 * Math.sqrt(expectedVar / S) + 1e-12);
      expect(Math.abs(v - expectedVar)).toBeLessThan(0.05 * expectedVar + 1e-3);
    }
  });
});
