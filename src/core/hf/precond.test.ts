import { describe, expect, it } from 'vitest';
import { createLayout, createRng, createWorkspace, initParams, loss, lossAndGradient } from '../nn';
import { hfIteration } from './hfStep';
import { martensPreconditioner, MARTENS_XI } from './precond';
import { trainContext } from './presets';
import { LruMemo } from '../memo';

const memo = new LruMemo();

describe("Martens' diagonal preconditioner", () => {
  it('is (Σₙ ∇ℓₙ²/N + λ)^¾, with ∇ℓₙ from one-example gradients, on a tiny net', () => {
    const layout = createLayout({
      sizes: [2, 3, 2],
      activations: ['tanh', 'linear'],
      output: 'softmax-ce',
    });
    const rng = createRng(5);
    const w = initParams(layout, rng);
    const N = 7;
    const X = Float64Array.from({ length: 2 * N }, () => rng.normal());
    const T = new Float64Array(2 * N);
    for (let n = 0; n < N; n++) T[2 * n + (n % 2)] = 1;
    const lambda = 0.3;
    const M = martensPreconditioner(
      createWorkspace(layout, N),
      w,
      X,
      T,
      lambda,
      new Float64Array(w.length),
    );
    // Independently: the gradient of each example alone (a batch of one is its ∇ℓₙ).
    const one = createWorkspace(layout, 1);
    const sq = new Float64Array(w.length);
    const g = new Float64Array(w.length);
    for (let n = 0; n < N; n++) {
      lossAndGradient(one, w, X.subarray(2 * n, 2 * n + 2), T.subarray(2 * n, 2 * n + 2), g);
      for (let j = 0; j < w.length; j++) sq[j] += g[j] * g[j];
    }
    for (let j = 0; j < w.length; j++) {
      expect(M[j]).toBeCloseTo(Math.pow(sq[j] / N + lambda, MARTENS_XI), 12);
      expect(M[j]).toBeGreaterThanOrEqual(Math.pow(lambda, MARTENS_XI));
    }
  });

  it('changes the CG iterates of an HF iteration and still decreases the loss every iteration', () => {
    const ctx = trainContext('curves-ae', 3, 32, memo);
    const start = initParams(ctx.layout, createRng(7));
    const run = (precondition: boolean) => {
      const s = { params: start.slice(), lambda: 1, warm: new Float64Array(start.length) };
      const rng = createRng(11);
      const stats = [];
      for (let k = 0; k < 6; k++)
        stats.push(
          hfIteration(ctx, s, { cgMax: 30, adaptLambda: true, precondition }, () => rng.uniform()),
        );
      return { s, stats };
    };
    const plain = run(false);
    const pre = run(true);
    // Same data, batches and start: only the preconditioner differs, and the steps do.
    const diff = pre.s.params.reduce((m, v, j) => Math.max(m, Math.abs(v - plain.s.params[j])), 0);
    expect(diff).toBeGreaterThan(1e-3);
    const l0 = loss(ctx.full, start, ctx.data.inputs, ctx.data.targets);
    let prev = l0;
    for (const st of pre.stats) {
      expect(st.lossAfter).toBeLessThan(prev);
      expect(st.rate).toBeGreaterThan(0);
      prev = st.lossAfter;
    }
    expect(prev).toBeLessThan(0.7 * l0);
    // The extra pass over the training set for the per-example gradients is counted.
    const n = ctx.data.n;
    for (const st of pre.stats)
      expect(st.examples).toBe(n * (2 + st.lossEvals) + ctx.batch * (st.mvps + 2));
  });
});
