/**
 * K-FAC vs SGD with momentum vs Adam vs the diagonal PST preconditioner (and Hessian-free, from ../hf) as a chain of short, resumable
 * chunks: `kfacTrainChunk` advances whichever per-step method has taken the fewest steps, for about
 * sliceMs, and returns the whole state (parameters, optimizer states, RNG snapshots, curves), so
 * the next worker job continues from it. All start from the same parameters with the same batch
 * size. An HF iteration is a whole CG solve, so HF is not given the same number of iterations but
 * the same compute time as the slowest of the other three.
 */
import { firstOrderStep, type AdamState } from '../hf/firstOrder';
import type { Memo } from '../memo';
import { hfIteration } from '../hf/hfStep';
import {
  createRng,
  initParams,
  loss,
  lossAndGradient,
  restoreRng,
  samplePseudoGradients,
  type Rng,
  type RngState,
} from '../nn';
import { initKfacState, kfacStep, type KfacConfig, type KfacOptState } from './kfacStep';
import { drawBatch, kfacContext, type KfacPreset, type TrainContext } from './trainPresets';

/** The methods compared step for step. */
export const STEP_METHODS = ['kfac', 'sgd', 'adam', 'pst'] as const;
/** Every method of the run; HF gets equal compute time instead of equal steps. */
export const KFAC_METHODS = [...STEP_METHODS, 'hf'] as const;
export type KfacMethod = (typeof KFAC_METHODS)[number];
/** HF's CG iteration cap and initial λ (Martens' defaults scaled to these small nets). */
export const HF_CG_MAX = 50;
export const HF_LAMBDA0 = 1;

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
  /**
   * Learning rate of GD preconditioned by the diagonal pullback-sampling estimate of G:
   * Δw = −α (diag Ĝ + λI)⁻¹ ∇J, Ĝ_ii an EMA (decay 0.95, debiased) of the mean Dw_i².
   */
  pstLr: number;
  /** Also run Hessian-free (given the same compute time as the slowest per-step method). */
  hf: boolean;
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
  pst: MethodRun & { diag: Float64Array; t: number };
  hf: MethodRun & { lambda: number; warm: Float64Array; cgIters: number };
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

/** `memo` keeps the preset's data and buffers between chunks (see kfacContext). */
export function initKfacTrain(config: KfacTrainConfig, memo: Memo): KfacTrainState {
  const ctx = kfacContext(config.preset, config.seed, config.batch, memo);
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
    pst: { ...base(2), diag: new Float64Array(P), t: 0 },
    hf: { ...base(3), lambda: HF_LAMBDA0, warm: new Float64Array(P), cgIters: 0 },
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

import { PST_EMA } from './choices';
export { PST_EMA };
/** Damping of the diagonal preconditioner, relative to the mean of diag Ĝ (scale-free). */
export const PST_REL_DAMPING = 1e-1;

function pstDiagStep(ctx: TrainContext, s: KfacTrainState, rng: Rng) {
  const m = s.pst;
  drawBatch(ctx, () => rng.uniform());
  const P = m.params.length;
  const grad = new Float64Array(P);
  lossAndGradient(ctx.batchWs, m.params, ctx.batchX, ctx.batchT, grad);
  // Pseudo-gradients Dw_n = J_nᵀ Dz_n with Dz_n sampled from the model: E[Dw Dwᵀ] = G.
  const n = ctx.batchX.length / ctx.layout.inputDim;
  const dw = new Float64Array(n * P);
  samplePseudoGradients(ctx.batchWs, m.params, rng, dw);
  m.t++;
  const bias = 1 - Math.pow(PST_EMA, m.t);
  let mean = 0;
  for (let i = 0; i < P; i++) {
    let sq = 0;
    for (let r = 0; r < n; r++) sq += dw[r * P + i] * dw[r * P + i];
    m.diag[i] = PST_EMA * m.diag[i] + (1 - PST_EMA) * (sq / n);
    mean += m.diag[i] / bias / P;
  }
  const lambda = PST_REL_DAMPING * mean + 1e-12;
  const lr = s.config.pstLr;
  for (let i = 0; i < P; i++) m.params[i] -= (lr * grad[i]) / (m.diag[i] / bias + lambda);
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
  } else if (which === 'adam') {
    const grad = new Float64Array(m.params.length);
    firstOrderStep(ctx, m.params, s.config.adamLr, s.adam.adam, () => rng.uniform(), grad);
  } else if (which === 'pst') {
    pstDiagStep(ctx, s, rng);
  } else {
    const it = { params: m.params, lambda: s.hf.lambda, warm: s.hf.warm };
    const st = hfIteration(ctx, it, { cgMax: HF_CG_MAX, adaptLambda: true }, () => rng.uniform());
    s.hf.lambda = it.lambda;
    s.hf.warm = it.warm;
    s.hf.cgIters += st.cgIters;
  }
  m.timeMs += now() - t0;
  m.steps++;
  m.rng = rng.snapshot();
  // HF takes few, expensive iterations: record every one of them.
  const every = which === 'hf' ? 1 : Math.max(1, Math.round(s.config.iters / 100));
  if (m.steps % every === 0 || m.steps >= s.config.iters) {
    const l = loss(ctx.full, m.params, ctx.data.inputs, ctx.data.targets);
    record(m, l);
    if (!Number.isFinite(l))
      s.failed = { method: which, reason: 'the training loss became non-finite' };
  }
}

/** The next method: the per-step one with the fewest steps, or HF while it is behind in time. */
export function nextMethod(s: KfacTrainState): KfacMethod | null {
  const open = STEP_METHODS.filter((k) => s[k].steps < s.config.iters);
  const lead = Math.max(...STEP_METHODS.map((k) => s[k].timeMs));
  if (s.config.hf && s.hf.timeMs < lead && s.hf.steps < s.config.iters) return 'hf';
  if (open.length === 0) return null;
  return open.reduce((a, b) => (s[b].steps < s[a].steps ? b : a));
}

/** Advances the run one step at a time for about sliceMs (HF: at least one whole iteration). */
export function kfacTrainChunk(
  s: KfacTrainState,
  now: () => number,
  memo: Memo,
  sliceMs = 25,
): KfacTrainState {
  const ctx = kfacContext(s.config.preset, s.config.seed, s.config.batch, memo);
  const start = now();
  let next = nextMethod(s);
  while (!s.failed && next && now() - start < sliceMs) {
    try {
      oneStep(ctx, s, next, now);
    } catch (e) {
      s.failed = { method: next, reason: e instanceof Error ? e.message : String(e) };
    }
    next = nextMethod(s);
  }
  s.done = s.failed !== null || nextMethod(s) === null;
  return s;
}
