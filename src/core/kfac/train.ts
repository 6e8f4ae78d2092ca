/**
 * K-FAC vs SGD with momentum vs Adam as a chain of short, resumable chunks: `kfacTrainChunk`
 * advances whichever method has taken the fewest steps, for about sliceMs, and returns the whole
 * state (parameters, optimizer states, RNG snapshots, curves), so the next worker job continues
 * from it. All three see the same minibatch size and start from the same parameters.
 */
import { firstOrderStep, type AdamState } from '../hf/firstOrder';
import { createRng, initParams, loss, lossAndGradient, restoreRng, type RngState } from '../nn';
import { initKfacState, kfacStep, type KfacConfig, type KfacOptState } from './kfacStep';
import { drawBatch, kfacContext, type KfacPreset, type TrainContext } from './trainPresets';

export const KFAC_METHODS = ['kfac', 'sgd', 'adam'] as const;
export type KfacMethod = (typeof KFAC_METHODS)[number];

export interface KfacTrainConfig {
  preset: KfacPreset;
  seed: number;
  batch: number;
  /** Steps per method. */
  iters: number;
  kfac: KfacConfig;
  sgdLr: number;
  sgdMomentum: number;
  adamLr: number;
}

export interface TrainCurve {
  steps: Float64Array;
  timeMs: Float64Array;
  /** Full training-set loss. */
  loss: Float64Array;
}

export interface MethodRun {
  params: Float64Array;
  rng: RngState;
  steps: number;
  /** Compute time of the steps (loss monitoring excluded). */
  timeMs: number;
  curve: TrainCurve;
}

export interface KfacCost {
  gradMs: number;
  statsMs: number;
  inverseMs: number;
  updateMs: number;
}

export interface KfacTrainState {
  config: KfacTrainConfig;
  kfac: MethodRun & { opt: KfacOptState; cost: KfacCost; lambda: Float64Array };
  sgd: MethodRun & { velocity: Float64Array };
  adam: MethodRun & { adam: AdamState };
  initialLoss: number;
  done: boolean;
  /** Which method produced a non-finite loss or a failed factorization, with why. */
  failed: { method: KfacMethod; reason: string } | null;
}

const push = (a: Float64Array, v: number) => {
  const out = new Float64Array(a.length + 1);
  out.set(a);
  out[a.length] = v;
  return out;
};

function record(m: MethodRun, l: number) {
  m.curve = {
    steps: push(m.curve.steps, m.steps),
    timeMs: push(m.curve.timeMs, m.timeMs),
    loss: push(m.curve.loss, l),
  };
}

export function initKfacTrain(config: KfacTrainConfig): KfacTrainState {
  const ctx = kfacContext(config.preset, config.seed, config.batch);
  const params = initParams(ctx.layout, createRng(config.seed + 1000));
  const l0 = loss(ctx.full, params, ctx.data.inputs, ctx.data.targets);
  const P = params.length;
  const base = (stream: number): MethodRun => {
    const m: MethodRun = {
      params: params.slice(),
      rng: createRng(config.seed * 31 + stream).snapshot(),
      steps: 0,
      timeMs: 0,
      curve: { steps: new Float64Array(0), timeMs: new Float64Array(0), loss: new Float64Array(0) },
    };
    record(m, l0);
    return m;
  };
  return {
    config,
    kfac: {
      ...base(1),
      opt: initKfacState(ctx, config.kfac.lambda0),
      cost: { gradMs: 0, statsMs: 0, inverseMs: 0, updateMs: 0 },
      lambda: new Float64Array(0),
    },
    sgd: { ...base(2), velocity: new Float64Array(P) },
    adam: { ...base(2), adam: { m: new Float64Array(P), v: new Float64Array(P), t: 0 } },
    initialLoss: l0,
    done: false,
    failed: null,
  };
}

function sgdMomentumStep(ctx: TrainContext, s: KfacTrainState, rng: () => number) {
  const m = s.sgd;
  drawBatch(ctx, rng);
  const grad = new Float64Array(m.params.length);
  lossAndGradient(ctx.batchWs, m.params, ctx.batchX, ctx.batchT, grad);
  const { sgdLr: lr, sgdMomentum: mu } = s.config;
  for (let i = 0; i < grad.length; i++) {
    m.velocity[i] = mu * m.velocity[i] - lr * grad[i];
    m.params[i] += m.velocity[i];
  }
}

function oneStep(ctx: TrainContext, s: KfacTrainState, which: KfacMethod, now: () => number) {
  const m = s[which];
  const rng = restoreRng(m.rng);
  const t0 = now();
  if (which === 'kfac') {
    const st = kfacStep(ctx, m.params, s.kfac.opt, s.config.kfac, rng, now);
    const c = s.kfac.cost;
    c.gradMs += st.gradMs;
    c.statsMs += st.statsMs;
    c.inverseMs += st.inverseMs;
    c.updateMs += st.updateMs;
    s.kfac.lambda = push(s.kfac.lambda, s.kfac.opt.lambda);
  } else if (which === 'sgd') {
    sgdMomentumStep(ctx, s, () => rng.uniform());
  } else {
    const grad = new Float64Array(m.params.length);
    firstOrderStep(ctx, m.params, s.config.adamLr, s.adam.adam, () => rng.uniform(), grad);
  }
  m.timeMs += now() - t0;
  m.steps++;
  m.rng = rng.snapshot();
  const every = Math.max(1, Math.round(s.config.iters / 100));
  if (m.steps % every === 0 || m.steps >= s.config.iters) {
    const l = loss(ctx.full, m.params, ctx.data.inputs, ctx.data.targets);
    record(m, l);
    if (!Number.isFinite(l))
      s.failed = { method: which, reason: 'the training loss became non-finite' };
  }
}

/** Advances the method with the fewest steps, one step at a time, for about sliceMs. */
export function kfacTrainChunk(s: KfacTrainState, now: () => number, sliceMs = 25): KfacTrainState {
  const ctx = kfacContext(s.config.preset, s.config.seed, s.config.batch);
  const start = now();
  while (!s.failed && now() - start < sliceMs) {
    const open = KFAC_METHODS.filter((k) => s[k].steps < s.config.iters);
    if (open.length === 0) break;
    const next = open.reduce((a, b) => (s[b].steps < s[a].steps ? b : a));
    try {
      oneStep(ctx, s, next, now);
    } catch (e) {
      s.failed = { method: next, reason: e instanceof Error ? e.message : String(e) };
    }
  }
  s.done = s.failed !== null || KFAC_METHODS.every((k) => s[k].steps >= s.config.iters);
  return s;
}
