import { describe, expect, it } from 'vitest';
import { claimText, verifyClaims, type Claim, type Verifier } from '../../core/claims/claim';
import {
  computeBatchCurvature,
  linearGaussianG,
  logisticFisher,
  type BatchCurvature,
  type BatchCurvatureRequest,
} from '../../core/pst';
import { buildProblem } from '../../core/pst/problem';
import { batchClaims, ERROR_TARGET } from './batchClaims';

interface State {
  req: BatchCurvatureRequest;
  b: BatchCurvature;
}

const num = (c: Claim, k: string) => c.data[k] as number;
const pct = (x: number) => `${Number((100 * x).toPrecision(2))}%`;

/** Least squares by the normal equations of [log B, 1] (not the core's centred form). */
function slopeOf(b: BatchCurvature): number {
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  const n = b.batchSizes.length;
  for (let i = 0; i < n; i++) {
    const x = Math.log(b.batchSizes[i]);
    const y = Math.log(b.relError[i]);
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

/** For the linear model: the expected RMS error √(mean‖G_n − G‖² / (B‖G‖²)) in closed form. */
function expectedError(req: BatchCurvatureRequest, B: number): number | null {
  if (req.model !== 'linear') return null;
  const u = buildProblem(req).inputs;
  const per = Array.from(u, (x) =>
    req.output === 'gaussian' ? linearGaussianG([x], req.sigma) : logisticFisher([x], req.w),
  );
  const G = [0, 1, 2, 3].map((k) => per.reduce((s, g) => s + g[k], 0) / per.length);
  const spread = per.reduce((s, g) => s + g.reduce((a, v, k) => a + (v - G[k]) ** 2, 0), 0);
  const norm2 = G.reduce((a, v) => a + v * v, 0);
  return Math.sqrt(spread / per.length / (B * norm2));
}

const VERIFIERS: Record<string, Verifier<State>> = {
  'pst-batch-slope': (c, { req, b }) => {
    const s = slopeOf(b);
    if (Math.abs(s - num(c, 'slope')) > 1e-9) return `slope ${num(c, 'slope')} vs ${s}`;
    // "falls like B^slope" with 1/√B as the law: the measured errors must follow it.
    if (!(s > -0.6 && s < -0.4)) return `a slope of ${s} is not −½`;
    for (let i = 0; i < b.batchSizes.length; i++) {
      const e = expectedError(req, b.batchSizes[i]);
      if (e !== null && Math.abs(b.relError[i] / e - 1) > 0.2) {
        return `error ${b.relError[i]} at B = ${b.batchSizes[i]}, closed form ${e}`;
      }
    }
    const n = b.relError.length;
    for (const v of [b.relError[0], b.relError[n - 1]]) {
      if (!c.text.includes(pct(v))) return `text lacks ${pct(v)}`;
    }
    return null;
  },
  'pst-batch-target': (c, { b }) => {
    const i = Array.from(b.relError).findIndex((e) => e < ERROR_TARGET);
    const B = i < 0 ? NaN : b.batchSizes[i];
    if (!Object.is(B, num(c, 'batch'))) return `first B below target is ${B}`;
    if (i > 0 && !(b.relError[i - 1] >= ERROR_TARGET)) return 'a smaller batch was below';
    return i < 0 || c.text.includes(`B = ${B} examples`) ? null : 'text lacks the batch size';
  },
  'pst-batch-angle': (c, { b }) => {
    const batches = c.data.batches as readonly number[];
    const angles = c.data.angles as readonly number[];
    for (let k = 0; k < batches.length; k++) {
      const i = Array.from(b.batchSizes).indexOf(batches[k]);
      if (i < 0 || b.stepAngleDeg[i] !== angles[k]) return `angle at B = ${batches[k]}`;
      const shown = `${Number(angles[k].toPrecision(2))}° at B = ${batches[k]}`;
      if (!c.text.includes(shown)) return `text lacks “${shown}”`;
    }
    return b.gradNorm > 0 ? null : 'no gradient, no step';
  },
};

describe('the batch-curvature caption makes only true claims', () => {
  it('property: over models, outputs, seeds and weights', () => {
    const kinds = new Set<string>();
    for (const model of ['linear', 'net'] as const) {
      for (const output of ['gaussian', 'bernoulli'] as const) {
        for (const [seed, w] of [
          [1, [0.5, 0.5]],
          [7, [1.5, -2]],
          [3, [-1, 2]],
        ] as const) {
          const req: BatchCurvatureRequest = { model, output, sigma: 0.5, seed, w, pair: 'mixed' };
          const b = computeBatchCurvature(req);
          const claims = batchClaims(b);
          claims.forEach((c) => kinds.add(c.kind));
          expect(verifyClaims(claims, { req, b }, VERIFIERS), JSON.stringify(req)).toEqual([]);
        }
      }
    }
    expect([...kinds].sort()).toEqual(['pst-batch-angle', 'pst-batch-slope', 'pst-batch-target']);
  });

  it('reads as the lecture’s warning, with this state’s numbers', () => {
    const b = computeBatchCurvature({
      model: 'net',
      output: 'gaussian',
      sigma: 0.5,
      seed: 1,
      w: [0.5, 0.5],
      pair: 'output',
    });
    const text = claimText(batchClaims(b));
    expect(text).toContain('G of all 13 weights (13 × 13)');
    expect(text).toMatch(/falls like B\^-0\.4\d+|falls like B\^-0\.5\d*/);
    expect(text).toMatch(/points on average \d+° at B = 1, \d+° at B = 32, [\d.]+° at B = 512/);
  });
});
