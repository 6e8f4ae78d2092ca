/**
 * A micro-benchmark of the engine's hot path: full-batch gradients of a 1-32-32-1 tanh MLP on 64
 * noisy-sine points (1153 parameters) — the size of the regression demos, so the number says how
 * many optimizer steps per animation frame a panel can afford.
 *
 * The clock is injected (`performance.now` in the browser or worker, `process.hrtime` in Node)
 * because the core may not touch `performance` itself.
 */
import { lossAndGradient } from './backward';
import { noisySine } from './data';
import { createWorkspace } from './forward';
import { createLayout, initParams } from './mlp';
import { createRng } from './rng';

export interface BenchOptions {
  /** Keep evaluating until this many milliseconds have passed (default 500). */
  readonly minMillis?: number;
  /** Untimed evaluations first, so the JIT has compiled the loops (default 50). */
  readonly warmup?: number;
  /** Stop after this many timed evaluations even if the clock has not advanced (default 10⁶). */
  readonly maxEvals?: number;
}

export interface BenchResult {
  readonly evalsPerSecond: number;
  readonly evals: number;
  readonly millis: number;
  /** The final loss, returned so the work cannot be optimised away. */
  readonly loss: number;
}

/** Time gradient evaluations; `now` returns milliseconds from any fixed origin. */
export function benchGradient(now: () => number, options: BenchOptions = {}): BenchResult {
  const minMillis = options.minMillis ?? 500;
  const warmup = options.warmup ?? 50;
  const maxEvals = options.maxEvals ?? 1_000_000;
  const rng = createRng(1);
  const layout = createLayout({
    sizes: [1, 32, 32, 1],
    activations: ['tanh', 'tanh', 'linear'],
    output: 'squared-error',
  });
  const data = noisySine(rng, { n: 64 });
  const params = initParams(layout, rng);
  const grad = new Float64Array(layout.paramCount);
  const ws = createWorkspace(layout, data.n);
  let value = 0;
  for (let i = 0; i < warmup; i++)
    value = lossAndGradient(ws, params, data.inputs, data.targets, grad);

  // Time in batches so that reading the clock is not part of what is measured.
  let evals = 0;
  let batch = 16;
  const start = now();
  let elapsed = 0;
  while (elapsed < minMillis && evals < maxEvals) {
    for (let i = 0; i < batch; i++) {
      value = lossAndGradient(ws, params, data.inputs, data.targets, grad);
    }
    evals += batch;
    elapsed = now() - start;
    if (batch < 1024) batch *= 2;
  }
  return {
    evalsPerSecond: (1000 * evals) / Math.max(elapsed, 1e-9),
    evals,
    millis: elapsed,
    loss: value,
  };
}
