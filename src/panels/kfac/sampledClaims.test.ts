import { describe, expect, it } from 'vitest';
import { verifyClaims, type Claim, type Verifier } from '../../core/claims/claim';
import {
  computeCurvature,
  computeSampled,
  type CurvatureRequest,
  type CurvatureResult,
  type SampledResult,
} from '../../core/kfac';
import { BASE_REQUEST } from '../../core/kfac/testing';
import { sampledClaims } from './sampledClaims';

const num = (c: Claim, k: string) => c.data[k] as readonly number[];

/** Frobenius norm of a − b (b omitted: of a), written out here rather than imported. */
function fro(a: ArrayLike<number>, b?: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - (b ? b[i] : 0)) ** 2;
  return Math.sqrt(s);
}

/** A ⊗ B by its definition, block (i, j) = a_ij B. */
function kronOf(A: { rows: number; data: ArrayLike<number> }, B: typeof A): Float64Array {
  const m = A.rows;
  const n = B.rows;
  const K = new Float64Array(m * n * m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++)
      for (let k = 0; k < n; k++)
        for (let l = 0; l < n; l++)
          K[(i * n + k) * m * n + j * n + l] = A.data[i * m + j] * B.data[k * n + l];
  return K;
}

/** The exact G and factors (one job) next to the sampled estimate (the other) of one request. */
type Both = CurvatureResult & { sampled: SampledResult['sampled'] };
const both = (req: CurvatureRequest): { claimsOf: SampledResult; state: Both } => {
  const s = computeSampled(req);
  return { claimsOf: s, state: { ...computeCurvature(req), sampled: s.sampled } };
};

/** Per layer, from the exact G's block and the factors: the three errors, in absolute terms. */
function recompute(r: Both) {
  const P = r.paramCount;
  return r.blocks.map((b, l) => {
    const G = new Float64Array(b.size * b.size);
    for (let i = 0; i < b.size; i++)
      for (let j = 0; j < b.size; j++) G[i * b.size + j] = r.G[(b.offset + i) * P + b.offset + j];
    const S = b.S.data;
    const Shat = r.sampled.S[l].data;
    const sampling = fro(S, Shat) / fro(S);
    const AS = kronOf(b.A, b.S);
    const ASh = kronOf(b.A, r.sampled.S[l]);
    return {
      sampling,
      samplingBlock: fro(AS, ASh) / fro(G),
      approximation: fro(AS, G) / fro(G),
    };
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1e-12, Math.abs(b));

const VERIFIERS: Record<string, Verifier<Both>> = {
  'kfac-sampled-s': (c, r) => {
    if (c.data.m !== r.request.samples || c.data.N !== r.request.batch) return 'wrong m or N';
    const e = recompute(r);
    const stated = num(c, 'relError');
    for (let l = 0; l < e.length; l++) {
      if (!close(stated[l], e[l].sampling))
        return `layer ${l + 1}: ${stated[l]} vs ${e[l].sampling}`;
    }
    return c.text.includes(`${Number(c.data.m) * r.request.batch} sampled Ds`) ? null : 'count';
  },
  'kfac-dominant-error': (c, r) => {
    const e = recompute(r);
    for (let l = 0; l < e.length; l++) {
      const bigger = e[l].samplingBlock > e[l].approximation ? 'sampling' : 'the approximation';
      if (
        !c.text.includes(`${bigger} ${bigger === 'sampling' ? 'in' : 'A ⊗ S in'} layer ${l + 1}`)
      ) {
        return `layer ${l + 1}: the larger error is ${bigger}`;
      }
      if (!close(num(c, 'sampling')[l], e[l].samplingBlock)) return `sampling, layer ${l + 1}`;
      if (Math.abs(num(c, 'approximation')[l] - e[l].approximation) > 1e-9) return 'approximation';
    }
    return null;
  },
};

describe('the sampled-S caption makes only true claims', () => {
  it('property: over networks, activations, losses, N, seeds and m', () => {
    const dominant = new Set<string>();
    for (const [sizes, activation, loss] of [
      [[3, 4, 3], 'tanh', 'squared-error'],
      [[2, 5, 4, 3], 'relu', 'softmax-ce'],
      [[3, 4, 2], 'linear', 'squared-error'],
      [[4, 3, 3], 'sigmoid', 'softmax-ce'],
    ] as const) {
      for (const [batch, seed, samples] of [
        [16, 1, 1],
        [4, 2, 16],
        [64, 3, 256],
        [1, 4, 7],
      ]) {
        const { claimsOf, state } = both({
          ...BASE_REQUEST,
          sizes,
          activation,
          loss,
          batch,
          seed,
          samples,
        });
        const claims = sampledClaims(claimsOf);
        expect(verifyClaims(claims, state, VERIFIERS), `${sizes} ${activation} ${batch}`).toEqual(
          [],
        );
        for (const t of claims[1].text.split(';'))
          dominant.add(t.includes('sampling in') ? 's' : 'a');
      }
    }
    // Both verdicts occur: sampling dominates where the block is exact, the approximation elsewhere.
    expect([...dominant].sort()).toEqual(['a', 's']);
  });

  it('the default network: the output block is exact, so sampling is the larger error there', () => {
    const [, second] = sampledClaims(computeSampled({ ...BASE_REQUEST, samples: 16 }));
    expect(second.text).toContain('the approximation A ⊗ S in layer 1');
    expect(second.text).toMatch(/sampling in layer 2 \([\d.]+% vs 0 from the approximation\)/);
  });
});
