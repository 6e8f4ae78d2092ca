/**
 * Training as a chain of short, resumable chunks: `trainChunk` advances HF, SGD and Adam by an
 * equal slice of compute time each and returns the whole state (parameters, optimizer state, λ,
 * warm start, RNG states, curves), so the next worker job simply continues from it.
 * The clock is injected: the core never reads a global timer.
 */
import type { Memo } from '../memo';
import { createRng, initParams, loss, restoreRng, type RngState } from '../nn';
import { firstOrderStep, type AdamState } from './firstOrder';
import { hfIteration } from './hfStep';
import { trainContext, type HfPreset, type TrainContext } from './presets';

export const TRAIN_METHODS = ['hf', 'sgd', 'adam'] as const;
export type TrainMethod = (typeof TRAIN_METHODS)[number];

export interface TrainConfig {
  preset: HfPreset;
  seed: number;
  /** Curvature batch of HF and minibatch of SGD/Adam. */
  batch: number;
  cgMax: number;
  lambda0: number;
  adaptLambda: boolean;
  /** Martens' diagonal preconditioner inside HF's CG. */
  precondition: boolean;
  sgdLr: number;
  adamLr: number;
  /** Compute-time budget per method, in milliseconds. */
  budgetMs: number;
}

/** Loss samples: x-coordinates in three units and the full training loss. */
export interface Curve {
  timeMs: Float64Array;
  epochs: Float64Array;
  /** Gradient evaluations + matrix-vector products (each one pass over its batch). */
  work: Float64Array;
  loss: Float64Array;
}

export interface MethodState {
  params: Float64Array;
  rng: RngState;
  timeMs: number;
  examples: number;
  grads: number;
  mvps: number;
  steps: number;
  curve: Curve;
}

export interface HfStats {
  cgIters: Float64Array;
  lambda: Float64Array;
  rho: Float64Array;
  rate: Float64Array;
  chosenIter: Float64Array;
}

export interface TrainState {
  config: TrainConfig;
  hf: MethodState & { lambda: number; warm: Float64Array; stats: HfStats };
  sgd: MethodState;
  adam: MethodState & { adam: AdamState };
  initialLoss: number;
  done: boolean;
  /** Whether training stopped because a loss became non-finite (which method). */
  failed: TrainMethod | null;
}

const push = (a: Float64Array, v: number) => {
  const out = new Float64Array(a.length + 1);
  out.set(a);
  out[a.length] = v;
  return out;
};

const emptyCurve = (): Curve => ({
  timeMs: new Float64Array(0),
  epochs: new Float64Array(0),
  work: new Float64Array(0),
  loss: new Float64Array(0),
});

function record(m: MethodState, n: number, l: number) {
  m.curve = {
    timeMs: push(m.curve.timeMs, m.timeMs),
    epochs: push(m.curve.epochs, m.examples / n),
    work: push(m.curve.work, m.grads + m.mvps),
    loss: push(m.curve.loss, l),
  };
}

/** `memo` keeps the preset's data and buffers between chunks (see trainContext). */
export function initTrain(config: TrainConfig, memo: Memo): TrainState {
  const ctx = trainContext(config.preset, config.seed, config.batch, memo);
  const params = initParams(ctx.layout, createRng(config.seed + 1000));
  const l0 = loss(ctx.full, params, ctx.data.inputs, ctx.data.targets);
  const base = (stream: number): MethodState => {
    const m: MethodState = {
      params: params.slice(),
      rng: createRng(config.seed * 31 + stream).snapshot(),
      timeMs: 0,
      examples: 0,
      grads: 0,
      mvps: 0,
      steps: 0,
      curve: emptyCurve(),
    };
    record(m, ctx.data.n, l0);
    return m;
  };
  const P = params.length;
  const z = () => new Float64Array(0);
  return {
    config,
    hf: {
      ...base(1),
      lambda: config.lambda0,
      warm: new Float64Array(P),
      stats: { cgIters: z(), lambda: z(), rho: z(), rate: z(), chosenIter: z() },
    },
    // SGD and Adam draw the same minibatch sequence.
    sgd: base(2),
    adam: { ...base(2), adam: { m: new Float64Array(P), v: new Float64Array(P), t: 0 } },
    initialLoss: l0,
    done: false,
    failed: null,
  };
}

function hfSlice(ctx: TrainContext, s: TrainState, now: () => number, sliceMs: number) {
  const h = s.hf;
  const rng = restoreRng(h.rng);
  const start = now();
  do {
    const t0 = now();
    const it = { params: h.params, lambda: h.lambda, warm: h.warm };
    const st = hfIteration(
      ctx,
      it,
      {
        cgMax: s.config.cgMax,
        adaptLambda: s.config.adaptLambda,
        precondition: s.config.precondition,
      },
      () => rng.uniform(),
    );
    h.warm = it.warm;
    h.lambda = it.lambda;
    h.timeMs += now() - t0;
    h.examples += st.examples;
    h.grads += st.grads;
    h.mvps += st.mvps;
    h.steps++;
    h.stats = {
      cgIters: push(h.stats.cgIters, st.cgIters),
      lambda: push(h.stats.lambda, st.lambda),
      rho: push(h.stats.rho, st.rho),
      rate: push(h.stats.rate, st.rate),
      chosenIter: push(h.stats.chosenIter, st.chosenIter),
    };
    record(h, ctx.data.n, st.lossAfter);
    if (!Number.isFinite(st.lossAfter)) s.failed = 'hf';
  } while (now() - start < sliceMs && h.timeMs < s.config.budgetMs && !s.failed);
  h.rng = rng.snapshot();
}

function firstOrderSlice(
  ctx: TrainContext,
  s: TrainState,
  which: 'sgd' | 'adam',
  now: () => number,
  sliceMs: number,
) {
  const m = s[which];
  const rng = restoreRng(m.rng);
  const grad = new Float64Array(m.params.length);
  const lr = which === 'sgd' ? s.config.sgdLr : s.config.adamLr;
  const adam = which === 'adam' ? s.adam.adam : null;
  // The full training loss is recorded ~200 times per budget; monitoring time is not charged.
  const every = s.config.budgetMs / 200;
  const start = now();
  let charged = 0;
  do {
    const t0 = now();
    firstOrderStep(ctx, m.params, lr, adam, () => rng.uniform(), grad);
    const dt = now() - t0;
    charged += dt;
    m.timeMs += dt;
    m.examples += ctx.batch;
    m.grads++;
    m.steps++;
    const lastT = m.curve.timeMs[m.curve.timeMs.length - 1];
    if (m.timeMs - lastT >= every || m.timeMs >= s.config.budgetMs) {
      const l = loss(ctx.full, m.params, ctx.data.inputs, ctx.data.targets);
      record(m, ctx.data.n, l);
      if (!Number.isFinite(l)) s.failed = which;
    }
  } while (
    charged < sliceMs &&
    now() - start < 2 * sliceMs &&
    m.timeMs < s.config.budgetMs &&
    !s.failed
  );
  m.rng = rng.snapshot();
}

/**
 * Advances the method that has used the least compute so far by about sliceMs (HF: at least one
 * whole iteration), so the three share the clock fairly and each job stays short.
 */
export function trainChunk(s: TrainState, now: () => number, memo: Memo, sliceMs = 20): TrainState {
  const ctx = trainContext(s.config.preset, s.config.seed, s.config.batch, memo);
  const budget = s.config.budgetMs;
  const open = TRAIN_METHODS.filter((m) => s[m].timeMs < budget);
  if (!s.failed && open.length > 0) {
    const next = open.reduce((a, b) => (s[b].timeMs < s[a].timeMs ? b : a));
    if (next === 'hf') hfSlice(ctx, s, now, sliceMs);
    else firstOrderSlice(ctx, s, next, now, sliceMs);
  }
  s.done = s.failed !== null || TRAIN_METHODS.every((m) => s[m].timeMs >= budget);
  return s;
}
