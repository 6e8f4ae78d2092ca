/**
 * Property test of the training caption: short trainings (an injected clock) over presets, seeds,
 * the preconditioner and a diverging SGD; every claim is checked against the state — HF's loss
 * re-evaluated at its parameters, MVPs re-counted from the CG iterations (each HF iteration: one
 * per CG step, one for the warm start, one for ρ's pᵀGp), rates and decreases from the records.
 */
import { describe, expect, it } from 'vitest';
import { testTrainConfig } from './testing';
import { verifyClaims, type Verifier } from '../claims/claim';
import { LruMemo } from '../memo';
import { loss } from '../nn';
import { trainContext } from './presets';
import { initTrain, trainChunk, type TrainConfig, type TrainState } from './train';
import { trainClaims } from './trainClaims';

const memo = new LruMemo();
const last = (a: ArrayLike<number>) => a[a.length - 1];

const verifiers: Record<string, Verifier<TrainState>> = {
  'train.failed': (c, s) =>
    s.failed === c.data.failed && !Number.isFinite(last(s[s.failed].curve.loss))
      ? null
      : 'no such failure',
  'train.standing': (c, s) => {
    const ctx = trainContext(s.config.preset, s.config.seed, s.config.batch, memo);
    const hf = loss(ctx.full, s.hf.params, ctx.data.inputs, ctx.data.targets);
    if (Math.abs(hf - (c.data.hf as number)) > 1e-12 * Math.abs(hf)) return `HF's loss is ${hf}`;
    return c.data.sgd === last(s.sgd.curve.loss) && c.data.adam === last(s.adam.curve.loss)
      ? null
      : 'SGD/Adam losses';
  },
  'train.cost': (c, s) => {
    const mvps = Array.from(s.hf.stats.cgIters).reduce((a, k) => a + k + 2, 0);
    if (Math.abs(mvps / s.hf.steps - (c.data.perIt as number)) > 1e-12) return `${mvps} MVPs`;
    const rate = s.sgd.steps / s.sgd.timeMs / (s.hf.steps / s.hf.timeMs);
    return Math.abs(rate - (c.data.sgdPerIt as number)) <= 1e-9 * rate ? null : `rate ${rate}`;
  },
  'train.progress': (c, s) => {
    const hfDrop = (s.initialLoss - last(s.hf.curve.loss)) / s.hf.steps;
    const sgdDrop = (s.initialLoss - last(s.sgd.curve.loss)) / s.sgd.steps;
    if (Math.abs(hfDrop - (c.data.hfDrop as number)) > 1e-12 * Math.abs(hfDrop)) return 'HF drop';
    if (Math.abs(sgdDrop - (c.data.sgdDrop as number)) > 1e-12 * Math.abs(sgdDrop))
      return 'SGD drop';
    const ratio = hfDrop / sgdDrop;
    const rate = c.data.sgdPerIt as number;
    if (c.text.includes('more than the') && !(ratio >= rate)) return 'not more than';
    if (c.text.includes('less than the') && !(ratio < rate)) return 'not less than';
    if (c.text.includes('less than SGD per step') && !(ratio < 1 && sgdDrop > 0 && hfDrop > 0))
      return 'not less than SGD';
    return null;
  },
};

const base = testTrainConfig(50);

function train(config: TrainConfig): TrainState {
  let t = 0;
  const s = initTrain(config, memo);
  for (let k = 0; k < 10000 && !s.done; k++) trainChunk(s, () => (t += 5), memo);
  return s;
}

const CONFIGS: TrainConfig[] = [
  base,
  { ...base, precondition: true },
  { ...base, preset: 'spirals', seed: 3, batch: 16, sgdLr: 0.5 },
  { ...base, preset: 'curves-deep', seed: 1, adaptLambda: false },
];

describe('the training caption makes only true claims', () => {
  for (const config of CONFIGS) {
    it(`${config.preset}, seed ${config.seed}, precondition ${config.precondition}, SGD α = ${config.sgdLr}`, () => {
      const s = train(config);
      const claims = trainClaims(s, config.budgetMs / 1000);
      expect(claims.map((c) => c.kind)).toEqual(
        s.failed ? ['train.failed'] : ['train.standing', 'train.cost', 'train.progress'],
      );
      expect(verifyClaims(claims, s, verifiers)).toEqual([]);
    });
  }

  it('a failed run is reported as such (a non-finite SGD loss recorded last)', () => {
    const s = train(CONFIGS[2]);
    s.sgd.curve = { ...s.sgd.curve, loss: Float64Array.of(...s.sgd.curve.loss, NaN) };
    s.failed = 'sgd';
    const claims = trainClaims(s, 0.05);
    expect(claims.map((c) => c.kind)).toEqual(['train.failed']);
    expect(verifyClaims(claims, s, verifiers)).toEqual([]);
  });

  it('a false claim is caught', () => {
    const s = train(base);
    const cost = trainClaims(s, 0.1).find((c) => c.kind === 'train.cost')!;
    expect(
      verifyClaims([{ ...cost, data: { ...cost.data, perIt: 3 } }], s, verifiers),
    ).toHaveLength(1);
  });
});
