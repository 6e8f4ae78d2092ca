import { describe, expect, it } from 'vitest';
import { frobenius, relativeError } from '../linalg';
import { computeCurvature, computeSampled, type CurvatureRequest } from './curvature';
import { fitLine } from '../pst/batchCurvature';
import { kron } from './kron';
import { SAMPLED_S_SWEEP } from './sampledS';
import { BASE_REQUEST } from './testing';

const base = BASE_REQUEST;
/** The exact part and the sampled estimate of one request, as the panel shows them side by side. */
const both = (req: CurvatureRequest) => ({
  ...computeCurvature(req),
  sampled: computeSampled(req).sampled,
});

describe('S estimated from sampled backward passes', () => {
  it('last layer, squared error: S = I and E‖Ŝ − I‖²/‖I‖² = (k + 1)/(mN) in closed form', () => {
    // Dz ~ N(0, I_k) for unit variance: E‖ddᵀ − I‖² = k² + k, averaged over mN draws.
    const k = 3;
    const N = base.batch;
    for (const m of [2, 16]) {
      let acc = 0;
      const seeds = 60;
      for (let seed = 1; seed <= seeds; seed++) {
        const r = both({ ...base, seed, samples: m });
        const S = r.blocks[1].S;
        expect(relativeError(S.data, [1, 0, 0, 0, 1, 0, 0, 0, 1])).toBeLessThan(1e-12);
        acc += r.sampled.relError[1] ** 2 / seeds;
      }
      const expected = (k + 1) / (m * N);
      expect(acc / expected).toBeGreaterThan(0.8);
      expect(acc / expected).toBeLessThan(1.2);
    }
  });

  it('consistent: with 256 passes Ŝ is within 10% of S in every layer, far closer than one', () => {
    const r = computeSampled({ ...base, samples: 256 });
    for (let l = 0; l < r.layers.length; l++) {
      expect(r.sampled.relError[l]).toBeLessThan(0.1);
    }
    // …and much closer than m = 1.
    const one = computeSampled({ ...base, samples: 1 });
    expect(r.sampled.relError[0]).toBeLessThan(one.sampled.relError[0] / 3);
  });

  it('the error falls like 1/√m: fitted slope of the RMS over seeds in −0.6 … −0.4', () => {
    const seeds = 30;
    const rms = SAMPLED_S_SWEEP.map(() => [0, 0]);
    for (let seed = 1; seed <= seeds; seed++) {
      const r = computeSampled({ ...base, seed });
      r.sampled.sweep.relError.forEach((e, i) => {
        for (let l = 0; l < 2; l++) rms[i][l] += e[l] ** 2 / seeds;
      });
    }
    for (let l = 0; l < 2; l++) {
      const fit = fitLine(
        SAMPLED_S_SWEEP.map((m) => Math.log(m)),
        rms.map((v) => 0.5 * Math.log(v[l])),
      );
      expect(fit.slope).toBeGreaterThan(-0.6);
      expect(fit.slope).toBeLessThan(-0.4);
    }
  });

  it('the estimate for m is the sweep’s prefix; the block errors are those of A ⊗ Ŝ', () => {
    const r = both({ ...base, samples: 16 });
    const i = SAMPLED_S_SWEEP.indexOf(16);
    expect(r.sampled.sweep.relError[i]).toEqual(r.sampled.relError);
    const P = r.paramCount;
    r.blocks.forEach((b, l) => {
      const block = new Float64Array(b.size * b.size);
      for (let a = 0; a < b.size; a++)
        for (let c = 0; c < b.size; c++)
          block[a * b.size + c] = r.G[(b.offset + a) * P + b.offset + c];
      const K = kron(b.A, r.sampled.S[l]);
      expect(r.sampled.combinedError[l]).toBeCloseTo(relativeError(K.data, block), 12);
      // ‖A ⊗ S‖ = ‖A‖‖S‖ gives the block scale.
      expect(r.sampled.blockScale[l]).toBeCloseTo(
        (frobenius(b.A.data) * frobenius(b.S.data)) / frobenius(block),
        12,
      );
    });
    expect(() => computeSampled({ ...base, samples: 0 })).toThrow(/m must be/);
  });

  it('is its own job: the same network, request and approximation errors as the exact part', () => {
    const req = { ...base, samples: 8 };
    const exact = computeCurvature(req);
    const s = computeSampled(req);
    expect(s.request).toBe(req);
    expect(s.layers).toEqual(
      exact.blocks.map((b) => ({ index: b.index, approximation: b.relError })),
    );
    expect(exact).not.toHaveProperty('sampled');
  });
});
