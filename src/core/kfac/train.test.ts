import { describe, expect, it } from 'vitest';
import { initKfacTrain, kfacTrainChunk, nextMethod, type KfacTrainConfig } from './train';

const config: KfacTrainConfig = {
  preset: 'autoencoder',
  seed: 1,
  batch: 64,
  iters: 40,
  kfac: { lr: 1, momentum: 0.5, lambda0: 0.3, emaDecay: 0.95, refresh: 10, rescale: false },
  sgdLr: 0.1,
  sgdMomentum: 0.9,
  adamLr: 0.01,
  hf: false,
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

  it('HF, when included, gets the compute time of the slowest per-step method', () => {
    const s = run({ ...config, preset: 'regression', iters: 30, hf: true });
    expect(s.failed).toBeNull();
    // The fake clock charges 1 tick per HF iteration, 6 per K-FAC step: HF hits its step cap.
    const lead = Math.max(s.kfac.timeMs, s.sgd.timeMs, s.adam.timeMs);
    expect(s.hf.steps).toBe(30);
    expect(s.hf.timeMs).toBeLessThan(lead);
    expect(s.done).toBe(true);
    expect(s.hf.cgIters).toBeGreaterThanOrEqual(s.hf.steps);
    expect(last(s.hf.curve.loss)).toBeLessThan(s.initialLoss);
    expect(run({ ...config, preset: 'regression', iters: 5 }).hf.steps).toBe(0);
  });

  it('schedules HF while it is behind in compute time, the per-step methods by step count', () => {
    const s = initKfacTrain({ ...config, preset: 'regression', hf: true });
    s.kfac.timeMs = 100;
    s.hf.timeMs = 50;
    expect(nextMethod(s)).toBe('hf');
    s.hf.timeMs = 150;
    s.kfac.steps = 3;
    s.sgd.steps = 2;
    s.adam.steps = 1;
    expect(nextMethod(s)).toBe('adam');
    s.config.hf = false;
    s.hf.timeMs = 0;
    expect(nextMethod(s)).toBe('adam');
    for (const m of ['kfac', 'sgd', 'adam'] as const) s[m].steps = config.iters;
    expect(nextMethod(s)).toBeNull();
  });
});
