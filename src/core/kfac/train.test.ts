import { describe, expect, it } from 'vitest';
import { initKfacTrain, kfacTrainChunk, type KfacTrainConfig } from './train';

const config: KfacTrainConfig = {
  preset: 'autoencoder',
  seed: 1,
  batch: 64,
  iters: 40,
  kfac: { lr: 1, momentum: 0.5, lambda0: 0.3, emaDecay: 0.95, refresh: 10, rescale: false },
  sgdLr: 0.1,
  sgdMomentum: 0.9,
  adamLr: 0.01,
};

/** A fake clock that advances 1 ms per reading, so chunks are deterministic. */
function fakeClock() {
  let t = 0;
  return () => (t += 1);
}

function run(c: KfacTrainConfig, slice = 1e9) {
  const s = initKfacTrain(c);
  const now = fakeClock();
  while (!s.done) kfacTrainChunk(s, now, slice);
  return s;
}

const last = (a: Float64Array) => a[a.length - 1];

describe('K-FAC training', () => {
  it('reduces the autoencoder loss faster per iteration than SGD with momentum', () => {
    const s = run(config);
    expect(s.failed).toBeNull();
    expect(s.kfac.steps).toBe(40);
    expect(s.sgd.steps).toBe(40);
    expect(last(s.kfac.curve.loss)).toBeLessThan(last(s.sgd.curve.loss) - 1);
    expect(last(s.kfac.curve.loss)).toBeLessThan(0.7 * s.initialLoss);
  });

  it('the quadratic-model rescaling also descends and adapts λ', () => {
    const s = run({ ...config, kfac: { ...config.kfac, rescale: true } });
    expect(s.failed).toBeNull();
    expect(last(s.kfac.curve.loss)).toBeLessThan(last(s.sgd.curve.loss));
    expect(s.kfac.opt.lambda).not.toBe(config.kfac.lambda0);
  });

  it('is resumable: many short chunks through structuredClone give the same run', () => {
    const whole = run({ ...config, iters: 12 });
    let s = initKfacTrain({ ...config, iters: 12 });
    const now = fakeClock();
    while (!s.done) s = kfacTrainChunk(structuredClone(s), now, 3);
    expect(Array.from(s.kfac.params)).toEqual(Array.from(whole.kfac.params));
    expect(Array.from(s.adam.curve.loss)).toEqual(Array.from(whole.adam.curve.loss));
  });

  it('reports a failure instead of throwing when a step blows up', () => {
    const s = run({
      ...config,
      preset: 'regression',
      kfac: { ...config.kfac, lr: 1e8, lambda0: 1e-4, momentum: 0.99 },
    });
    expect(s.done).toBe(true);
    expect(s.failed?.method).toBe('kfac');
  });
});
