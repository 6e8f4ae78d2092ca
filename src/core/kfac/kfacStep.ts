/**
 * One K-FAC iteration on a minibatch (Martens & Grosse 2015; docs/math.md#k-fac):
 * 1. gradient of the minibatch loss;
 * 2. factor statistics: ā from the forward pass, Ds from one backprop of targets SAMPLED from the
 *    model (so S estimates the Fisher, not the empirical Fisher), folded into debiased EMAs;
 * 3. every `refresh` steps, the inverses of the factored-Tikhonov-damped factors;
 * 4. the update Δ_ℓ = −Ŝ⁻¹ V_ℓ Â⁻¹ per layer, then either δ = α·Δ + μ·δ₀ with fixed α (learning
 *    rate) and μ (momentum), or α, μ from the exact quadratic model on the minibatch with λ
 *    adapted by the reduction ratio ρ ("rescale").
 * The clock is injected, so the core never reads a global timer.
 */
import { cholesky, choleskySolve, mat, type Mat } from '../linalg';
import {
  jvp,
  loss,
  lossAndGradient,
  outputHessianVec,
  outputs,
  samplePseudoDeltas,
  type Rng,
} from '../nn';
import { symmetrize } from './factors';
import { factoredDamping } from './solve';
import { drawBatch, type TrainContext } from './trainPresets';

export interface KfacConfig {
  lr: number;
  momentum: number;
  /** λ at the start (the damping γ of factored Tikhonov). */
  lambda0: number;
  /** EMA decay ε of the factor statistics. */
  emaDecay: number;
  /** Recompute the damped inverses every this many steps. */
  refresh: number;
  /**
   * Update the factor statistics A, S every this many steps (KFAC-PyTorch's `TCov`; 1 = every
   * step). Their sampled backward pass is most of K-FAC's extra cost over SGD.
   */
  statsEvery?: number;
  /** α, μ from the quadratic model and λ adapted by ρ, instead of lr and momentum. */
  rescale: boolean;
}

export interface KfacOptState {
  /** EMA sums of A_{ℓ−1} and S_ℓ (divide by `weight` to debias). */
  A: Float64Array[];
  S: Float64Array[];
  weight: number;
  Ainv: Float64Array[];
  Sinv: Float64Array[];
  lambda: number;
  /** The previous update δ₀. */
  prev: Float64Array;
  steps: number;
}

export interface KfacStepStats {
  loss: number;
  /** Milliseconds spent in each part of the step. */
  gradMs: number;
  statsMs: number;
  inverseMs: number;
  updateMs: number;
  rho: number;
}

export function initKfacState(ctx: TrainContext, lambda0: number): KfacOptState {
  const sq = (d: number) => new Float64Array(d * d);
  const layers = ctx.layout.layers;
  return {
    A: layers.map((l) => sq(l.fanIn + 1)),
    S: layers.map((l) => sq(l.fanOut)),
    weight: 0,
    Ainv: layers.map((l) => sq(l.fanIn + 1)),
    Sinv: layers.map((l) => sq(l.fanOut)),
    lambda: lambda0,
    prev: new Float64Array(ctx.layout.paramCount),
    steps: 0,
  };
}

function inverseSpd(M: Mat): Float64Array {
  const L = cholesky(M);
  if (!L) throw new RangeError('K-FAC: a damped factor is not positive definite');
  const n = M.rows;
  const inv = new Float64Array(n * n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    inv.set(choleskySolve(L, e), j * n); // symmetric, so column j = row j
  }
  return inv;
}

/**
 * M ← eps·M + (1−eps)/N · Σ_n x_n x_nᵀ over the rows of X (N × d, `extra` appends a constant 1),
 * computing the upper triangle only and mirroring it: the statistics are the bulk of K-FAC's
 * overhead over SGD, and symmetry halves them.
 */
function emaSecondMoment(
  M: Float64Array,
  X: Float64Array,
  N: number,
  width: number,
  appendOne: boolean,
  eps: number,
): void {
  const d = width + (appendOne ? 1 : 0);
  for (let k = 0; k < M.length; k++) M[k] *= eps;
  const w = (1 - eps) / N;
  const row = new Float64Array(d);
  if (appendOne) row[width] = 1;
  for (let n = 0; n < N; n++) {
    row.set(X.subarray(n * width, (n + 1) * width));
    for (let i = 0; i < d; i++) {
      const ri = w * row[i];
      if (ri === 0) continue;
      const base = i * d;
      for (let j = i; j < d; j++) M[base + j] += ri * row[j];
    }
  }
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) M[j * d + i] = M[i * d + j];
}

/** Folds the minibatch's ā āᵀ and Ds Dsᵀ into the EMAs (ws.ds holds sampled Ds, no 1/N). */
function updateStatistics(ctx: TrainContext, st: KfacOptState, decay: number): void {
  const ws = ctx.batchWs;
  const eps = st.weight === 0 ? 0 : decay;
  st.weight = eps * st.weight + (1 - eps);
  for (const [l, layer] of ctx.layout.layers.entries()) {
    emaSecondMoment(st.A[l], ws.a[layer.index - 1], ctx.batch, layer.fanIn, true, eps);
    emaSecondMoment(st.S[l], ws.ds[layer.index], ctx.batch, layer.fanOut, false, eps);
  }
}

export function refreshInverses(ctx: TrainContext, st: KfacOptState): void {
  for (const [l, layer] of ctx.layout.layers.entries()) {
    const dA = layer.fanIn + 1;
    const dS = layer.fanOut;
    const A = mat(
      dA,
      dA,
      st.A[l].map((x) => x / st.weight),
    );
    const S = mat(
      dS,
      dS,
      st.S[l].map((x) => x / st.weight),
    );
    symmetrize(A);
    symmetrize(S);
    const damped = factoredDamping(A, S, st.lambda);
    st.Ainv[l] = inverseSpd(damped.A);
    st.Sinv[l] = inverseSpd(damped.S);
  }
}

/** out_ℓ ← −Ŝ⁻¹ V_ℓ Â⁻¹ with V_ℓ the gradient slice read column-major as fanOut × (fanIn+1). */
export function precondition(
  ctx: TrainContext,
  st: KfacOptState,
  grad: Float64Array,
  out: Float64Array,
) {
  for (const [l, layer] of ctx.layout.layers.entries()) {
    const dA = layer.fanIn + 1;
    const dS = layer.fanOut;
    const off = layer.offset;
    const Si = st.Sinv[l];
    const Ai = st.Ainv[l];
    const Y = new Float64Array(dS * dA); // column-major like the slice: Y(i, j) at j·dS + i
    for (let j = 0; j < dA; j++) {
      for (let i = 0; i < dS; i++) {
        let acc = 0;
        for (let k = 0; k < dS; k++) acc += Si[i * dS + k] * grad[off + j * dS + k];
        Y[j * dS + i] = acc;
      }
    }
    for (let j = 0; j < dA; j++) {
      for (let i = 0; i < dS; i++) {
        let acc = 0;
        for (let k = 0; k < dA; k++) acc += Y[k * dS + i] * Ai[k * dA + j];
        out[off + j * dS + i] = -acc;
      }
    }
  }
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** [ΔᵀCΔ, ΔᵀCδ₀, δ₀ᵀCδ₀] with C the minibatch GGN, from two JVPs (docs/math.md#k-fac). */
function curvatureGram(ctx: TrainContext, params: Float64Array, d: Float64Array, d0: Float64Array) {
  const ws = ctx.batchWs;
  const jd = jvp(ws, params, d, new Float64Array(ws.dz.length));
  const j0 = jvp(ws, params, d0, new Float64Array(ws.dz.length));
  const hj = new Float64Array(jd.length);
  outputHessianVec(ctx.layout, outputs(ws), jd, ctx.batch, hj);
  const h0 = new Float64Array(j0.length);
  outputHessianVec(ctx.layout, outputs(ws), j0, ctx.batch, h0);
  const N = ctx.batch;
  return [dot(jd, hj) / N, dot(j0, hj) / N, dot(j0, h0) / N];
}

export function kfacStep(
  ctx: TrainContext,
  params: Float64Array,
  st: KfacOptState,
  cfg: KfacConfig,
  rng: Rng,
  now: () => number,
): KfacStepStats {
  const t0 = now();
  drawBatch(ctx, () => rng.uniform());
  const grad = new Float64Array(params.length);
  const l = lossAndGradient(ctx.batchWs, params, ctx.batchX, ctx.batchT, grad);
  const t1 = now();
  if (st.steps % Math.max(1, cfg.statsEvery ?? 1) === 0) {
    samplePseudoDeltas(ctx.batchWs, params, rng);
    updateStatistics(ctx, st, cfg.emaDecay);
  }
  const t2 = now();
  if (st.steps % Math.max(1, cfg.refresh) === 0) refreshInverses(ctx, st);
  const t3 = now();
  const delta = new Float64Array(params.length);
  precondition(ctx, st, grad, delta);
  let alpha = cfg.lr;
  let mu = st.steps === 0 ? 0 : cfg.momentum;
  let rho = NaN;
  if (cfg.rescale) {
    const [cdd, cd0, c00] = curvatureGram(ctx, params, delta, st.prev);
    const lam = st.lambda;
    const m = [
      cdd + lam * dot(delta, delta),
      cd0 + lam * dot(delta, st.prev),
      c00 + lam * dot(st.prev, st.prev),
    ];
    const c = [dot(grad, delta), dot(grad, st.prev)];
    const det = m[0] * m[2] - m[1] * m[1];
    if (st.steps === 0 || !(Math.abs(det) > 1e-30 * (m[0] * m[2] || 1))) {
      alpha = m[0] > 0 ? -c[0] / m[0] : 0;
      mu = 0;
    } else {
      alpha = -(m[2] * c[0] - m[1] * c[1]) / det;
      mu = -(m[0] * c[1] - m[1] * c[0]) / det;
    }
    // Predicted change of the quadratic model without λ (as in HF's reduction ratio).
    const q =
      0.5 * (alpha * alpha * cdd + 2 * alpha * mu * cd0 + mu * mu * c00) + alpha * c[0] + mu * c[1];
    for (let i = 0; i < params.length; i++) delta[i] = alpha * delta[i] + mu * st.prev[i];
    const trial = params.slice();
    for (let i = 0; i < params.length; i++) trial[i] += delta[i];
    const lNew = loss(ctx.batchWs, trial, ctx.batchX, ctx.batchT);
    rho = (lNew - l) / q;
    if ((st.steps + 1) % 5 === 0) {
      const omega = 0.95 ** 5;
      if (!(rho >= 0.25)) st.lambda /= omega;
      else if (rho > 0.75) st.lambda *= omega;
      st.lambda = Math.max(1e-8, st.lambda);
    }
  } else {
    for (let i = 0; i < params.length; i++) delta[i] = alpha * delta[i] + mu * st.prev[i];
  }
  for (let i = 0; i < params.length; i++) params[i] += delta[i];
  st.prev = delta;
  st.steps++;
  const t4 = now();
  return { loss: l, gradMs: t1 - t0, statsMs: t2 - t1, inverseMs: t3 - t2, updateMs: t4 - t3, rho };
}
