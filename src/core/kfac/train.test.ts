import { describe, expect, it } from 'vitest';
import { initKfacTrain, kfacTrainChunk, nextMethod, type KfacTrainConfig } from './train';
import { LruMemo, NO_MEMO, type Memo } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const config: KfacTrainConfig = {
  preset: 'autoencoder',
  seed: 1,
  batch: 64,
  iters: 40,
  kfac: { lr: 1, momentum: 0.5, lambda0: 0.3, emaDecay: 0.95, refresh: 10, rescale: false },
  sgdLr: 0.1,
  sgdMomentum: 0.9,
  adamLr: 0.01,
  pstLr: 0.01,
  hf: false,
};

/** A fake clock that advances 1 ms per reading, so chunks are deterministic. */
function fakeClock() {
  let t = 0;
  return () => (t += 1);
}

function run(c: KfacTrainConfig, slice = 1e9, m: Memo = memo) {
  const s = initKfacTrain(c, m);
  const now = fakeClock();
  while (!s.done) kfacTrainChunk(s, now, m, slice);
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
    let s = initKfacTrain({ ...config, iters: 12 }, memo);
    const now = fakeClock();
    while (!s.done) s = kfacTrainChunk(structuredClone(s), now, memo, 3);
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
    const s = initKfacTrain({ ...config, preset: 'regression', hf: true }, memo);
    s.kfac.timeMs = 100;
    s.hf.timeMs = 50;
    expect(nextMethod(s)).toBe('hf');
    s.hf.timeMs = 150;
    s.kfac.steps = 3;
    s.sgd.steps = 2;
    s.adam.steps = 1;
    s.pst.steps = 2;
    expect(nextMethod(s)).toBe('adam');
    s.config.hf = false;
    s.hf.timeMs = 0;
    expect(nextMethod(s)).toBe('adam');
    for (const m of ['kfac', 'sgd', 'adam', 'pst'] as const) s[m].steps = config.iters;
    expect(nextMethod(s)).toBeNull();
  });

  it('trains the same with a warm memo (the context and its used scratch buffers) as without', () => {
    const c = { ...config, preset: 'classifier' as const, iters: 6, hf: true };
    run(c, 5);
    expect(run(c, 5)).toEqual(run(c, 5, NO_MEMO));
  });
});

describe('the diagonal PST preconditioner in the training comparison', () => {
  it('estimates diag G from sampled pseudo-gradients (debiased EMA) and lowers the loss', () => {
    const s = run({ ...config, iters: 60 });
    expect(s.pst.steps).toBe(60);
    expect(s.pst.t).toBe(60);
    // Every diagonal entry is a mean of squares: non-negative, and positive where a weight matters.
    expect(Math.min(...s.pst.diag)).toBeGreaterThanOrEqual(0);
    expect(s.pst.diag.filter((v) => v > 0).length).toBeGreaterThan(s.pst.diag.length / 2);
    expect(last(s.pst.curve.loss)).toBeLessThan(s.initialLoss * 0.95);
    expect(s.failed).toBeNull();
  });

  it('matches the exact mean of Dw² after one step (debiasing makes the first estimate exact)', async () => {
    const { kfacContext, drawBatch } = await import('./trainPresets');
    const { createRng, restoreRng, samplePseudoGradients, initParams, lossAndGradient } =
      await import('../nn');
    const c = { ...config, iters: 1 };
    const s = run(c);
    // Replay the single step's randomness: same batch and the same sampled targets.
    const ctx = kfacContext(c.preset, c.seed, c.batch, memo);
    const params = initParams(ctx.layout, createRng(c.seed + 1000));
    const rng = restoreRng(createRng(c.seed * 31 + 2).snapshot());
    drawBatch(ctx, () => rng.uniform());
    const P = params.length;
    lossAndGradient(ctx.batchWs, params, ctx.batchX, ctx.batchT, new Float64Array(P));
    const n = ctx.batchX.length / ctx.layout.inputDim;
    const dw = new Float64Array(n * P);
    samplePseudoGradients(ctx.batchWs, params, rng, dw);
    for (const i of [0, Math.floor(P / 2), P - 1]) {
      let sq = 0;
      for (let r = 0; r < n; r++) sq += dw[r * P + i] ** 2;
      // diag holds the biased EMA (1 − η)·mean; debiased it is the mean itself.
      expect(s.pst.diag[i] / (1 - 0.95)).toBeCloseTo(sq / n, 10);
    }
  });
});

describe('factor statistics every T_cov steps', () => {
  it('updates A and S only on steps 0, T, 2T, …', () => {
    const A0 = (statsEvery: number, iters: number) =>
      run({ ...config, iters, kfac: { ...config.kfac, statsEvery } }).kfac.opt.A[0].slice();
    const afterOne = A0(1, 1);
    // Every step: the statistics move on after step 0.
    expect(A0(1, 6)).not.toEqual(afterOne);
    // Period 10 > 6 steps: only step 0 updated them.
    expect(A0(10, 6)).toEqual(afterOne);
    // Period 3: steps 0 and 3 — different from step 0 alone.
    expect(A0(3, 6)).not.toEqual(afterOne);
  });
});
