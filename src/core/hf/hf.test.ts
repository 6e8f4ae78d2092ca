import { describe, expect, it } from 'vitest';
import { testTrainConfig } from './testing';
import { createRng, initParams, loss } from '../nn';
import { hfIteration, lmUpdate } from './hfStep';
import { trainContext } from './presets';
import { initTrain, trainChunk } from './train';
import { LruMemo, NO_MEMO, type Memo } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

describe('Levenberg–Marquardt damping update', () => {
  it('grows λ by 3/2 when ρ < ¼ or ρ is NaN, shrinks by 2/3 when ρ > ¾, else keeps it', () => {
    expect(lmUpdate(2, 0.1)).toBe(3);
    expect(lmUpdate(2, -5)).toBe(3);
    expect(lmUpdate(2, NaN)).toBe(3);
    expect(lmUpdate(3, 0.9)).toBeCloseTo(2, 15);
    expect(lmUpdate(2, 0.5)).toBe(2);
    expect(lmUpdate(2, 0.25)).toBe(2);
    expect(lmUpdate(2, 0.75)).toBe(2);
  });
});

describe('HF on a small autoencoder (seeded curves)', () => {
  it('decreases the training loss every iteration and a lot over 8 iterations', () => {
    const ctx = trainContext('curves-ae', 3, 32, memo);
    const params = initParams(ctx.layout, createRng(7));
    const s = { params, lambda: 1, warm: new Float64Array(params.length) };
    const rng = createRng(11);
    const l0 = loss(ctx.full, params, ctx.data.inputs, ctx.data.targets);
    let prev = l0;
    for (let k = 0; k < 8; k++) {
      const st = hfIteration(ctx, s, { cgMax: 30, adaptLambda: true }, () => rng.uniform());
      expect(st.lossAfter).toBeLessThan(prev);
      expect(st.cgIters).toBeGreaterThan(0);
      expect(st.cgIters).toBeLessThanOrEqual(30);
      // backtracking picks a saved iterate of this run
      expect(st.chosenIter).toBeLessThanOrEqual(st.cgIters);
      // the warm start is the last CG iterate, used decayed next time
      expect(s.warm.some((v) => v !== 0)).toBe(true);
      prev = st.lossAfter;
    }
    expect(loss(ctx.full, s.params, ctx.data.inputs, ctx.data.targets)).toBeCloseTo(prev, 10);
    expect(prev).toBeLessThan(0.5 * l0);
  });

  it('adapts λ via ρ and leaves it alone when adaptation is off', () => {
    const ctx = trainContext('curves-ae', 3, 32, memo);
    const params = initParams(ctx.layout, createRng(7));
    const rng = createRng(1);
    const a = { params: params.slice(), lambda: 1, warm: new Float64Array(params.length) };
    const st = hfIteration(ctx, a, { cgMax: 20, adaptLambda: true }, () => rng.uniform());
    expect(a.lambda).toBe(lmUpdate(1, st.rho));
    const b = { params: params.slice(), lambda: 1, warm: new Float64Array(params.length) };
    hfIteration(ctx, b, { cgMax: 20, adaptLambda: false }, () => rng.uniform());
    expect(b.lambda).toBe(1);
  });
});

/** A deep copy like the worker's structured clone (typed arrays included). */
function clone<T>(v: T): T {
  if (v instanceof Float64Array) return v.slice() as T;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as T;
  }
  return v;
}

describe('trainChunk', () => {
  const config = testTrainConfig(100);
  it('shares a (fake) clock between HF, SGD and Adam, resumes from the state, and finishes', () => {
    let t = 0;
    // Every clock read advances 5 ms: a few HF iterations and SGD/Adam steps fit the budget.
    const now = () => (t += 5);
    const s = initTrain(config, memo);
    let chunks = 0;
    while (!s.done && chunks < 10000) {
      trainChunk(s, now, memo);
      chunks++;
    }
    expect(s.done).toBe(true);
    for (const m of ['hf', 'sgd', 'adam'] as const) {
      expect(s[m].timeMs).toBeGreaterThanOrEqual(100);
      const c = s[m].curve;
      expect(c.loss.length).toBe(c.timeMs.length);
      expect(c.loss[c.loss.length - 1]).toBeLessThan(s.initialLoss);
    }
    expect(s.hf.stats.cgIters.length).toBe(s.hf.steps);
    expect(s.hf.mvps).toBeGreaterThan(s.hf.steps);
    expect(s.sgd.mvps).toBe(0);
  });

  it('a cloned state continues exactly like the original', () => {
    const clock = () => {
      let t = 0;
      return () => (t += 1);
    };
    const a = initTrain(config, memo);
    trainChunk(a, clock(), memo);
    const b = clone(a);
    trainChunk(a, clock(), memo);
    trainChunk(b, clock(), memo);
    expect(Array.from(b.hf.params)).toEqual(Array.from(a.hf.params));
    expect(Array.from(b.sgd.curve.loss)).toEqual(Array.from(a.sgd.curve.loss));
  });

  it('trains the same with a warm memo (the context and its used scratch buffers) as without', () => {
    const short = { ...config, budgetMs: 20 };
    const train = (m: Memo) => {
      let t = 0;
      const s = initTrain(short, m);
      while (!s.done) trainChunk(s, () => (t += 5), m);
      return s;
    };
    train(memo);
    const warm = train(memo);
    expect(warm.hf.steps).toBeGreaterThan(0);
    expect(warm).toEqual(train(NO_MEMO));
  });
});
