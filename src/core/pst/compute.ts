/**
 * The worker job of the pullback-sampling panel: draw S pseudo-gradients (true Fisher, targets
 * sampled from the model) and S real per-example gradients (empirical Fisher, the data's labels)
 * at the same sampled inputs, the exact G block they estimate, the diagonal EMA trace, and — for
 * the 2-weight linear model — preconditioned GD with diag(Ĝ) vs the full G.
 */
import {
  createWorkspace,
  forward,
  gaussNewtonMatrix,
  perExampleGradients,
  samplePseudoGradients,
  type Workspace,
} from '../nn';
import { NO_MEMO, type Memo } from '../memo';
import { pstSampleKey } from './sampleKey';
import type { Mat2, Vec2 } from '../types';
import { emaDiagonal, type EmaTrace } from './ema';
import { block2, columns2, secondMoment2 } from './moments';
import { runGd, type PstGd } from './gdCompare';
import { buildProblem, indexRng, targetRng, type PstProblem } from './problem';
import type { PstModel, PstOutput, PstPair } from './choices';

export type { PstGd };

/** What determines the samples; η, α and the GD steps only change the estimates built on them. */
export type PstSampleRequest = Omit<PstRequest, 'eta' | 'lr' | 'gdSteps'>;

export interface PstRequest {
  model: PstModel;
  output: PstOutput;
  sigma: number;
  /** Number of pseudo-gradient samples S. */
  samples: number;
  seed: number;
  /** EMA decay η in [0, 1). */
  eta: number;
  /** Evaluation weights of the linear model. */
  w: Vec2;
  pair: PstPair;
  /** Learning rate α of the preconditioned GD comparison. */
  lr: number;
  gdSteps: number;
}

/** The pullback recipe for every sample s (row-major, d = input dimension). */
export interface PstRecipe {
  /** Index of the data point x_s drawn from the data set. */
  index: Float64Array;
  /** S × d inputs x_s. */
  x: Float64Array;
  /** z_s = f(x_s, w). */
  z: Float64Array;
  /** t̃_s ~ r(· | z_s), the model's own sample. */
  sampledTarget: Float64Array;
  /** Dz_s = ∇_z ℓ(z_s, t̃_s), covariance G_z. */
  dz: Float64Array;
}

/** The samples and the exact matrices: recomputed only when a sample parameter changes. */
export interface PstSamples {
  /** Identifies the sample parameters (see `pstSampleKey`), so estimates can be matched to them. */
  key: string;
  names: readonly [string, string];
  inputDim: number;
  /** Values of the two plotted weights at the evaluation point. */
  weights: Vec2;
  /** S × 2 pseudo-gradients Dw_s = J_sᵀ Dz_s (the true Fisher cloud). */
  samples: Float64Array;
  /** S × 2 per-example gradients with the data's labels (the empirical Fisher cloud). */
  empirical: Float64Array;
  recipe: PstRecipe;
  /** Exact G (= F) block of the two weights, and the exact empirical Fisher block. */
  exactG: Mat2;
  exactEmpirical: Mat2;
  /** Second moments of all S samples of each cloud. */
  sampleG: Mat2;
  sampleEmpirical: Mat2;
  /** The data set: N × d inputs and N targets. */
  data: { inputs: Float64Array; targets: Float64Array };
}

/** What depends on η, α and the GD steps: cheap, recomputed while a slider is dragged. */
export interface PstEstimates {
  key: string;
  ema: EmaTrace;
  gd: PstGd | null;
}

export type PstResult = PstSamples & PstEstimates;

export { pstSampleKey };

/** Samples, exact blocks, EMA trace and GD runs in one call (tests, bench, export). */
export function computePst(req: PstRequest): PstResult {
  const samples = computePstSamples(req);
  return { ...samples, ...estimatesFor(samples, req) };
}

/**
 * The η-dependent part. The samples are drawn again from the same seeds (deterministic, about a
 * millisecond) rather than cached, because the worker transfers — and so detaches — the arrays
 * it returned for the samples job.
 */
export function computePstEma(req: PstRequest, memo: Memo = NO_MEMO): PstEstimates {
  // An η (or α, steps) move keeps the samples: they come from the memo, and only the EMA and the
  // GD runs are recomputed. The stored samples are only read here (this job returns estimates).
  const samples = memo.get(`pst-samples:${pstSampleKey(req)}`, () => computePstSamples(req));
  return estimatesFor(samples, req);
}

function estimatesFor(samples: PstSamples, req: PstRequest): PstEstimates {
  const ema = emaDiagonal(samples.samples, req.eta);
  const gd = req.model === 'linear' ? runGd(buildProblem(req), ema, samples.exactG, req) : null;
  return { key: samples.key, ema, gd };
}

export { SAMPLES_MAX, SAMPLES_MIN } from './choices';

export function computePstSamples(req: PstSampleRequest): PstSamples {
  const S = req.samples;
  if (!Number.isInteger(S) || S < 1) throw new RangeError(`S must be a positive integer, got ${S}`);
  const prob = buildProblem(req);
  const { layout, params, chosen } = prob;
  const P = layout.paramCount;
  const d = prob.inputDim;

  // x_s ~ p_data: S draws with replacement from the data set.
  const rng = indexRng(req.seed);
  const index = new Float64Array(S);
  const x = new Float64Array(S * d);
  const labels = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const n = rng.int(prob.n);
    index[s] = n;
    for (let j = 0; j < d; j++) x[s * d + j] = prob.inputs[n * d + j];
    labels[s] = prob.targets[n];
  }

  const ws = createWorkspace(layout, S);
  const rows = new Float64Array(S * P);
  const z = Float64Array.from(forward(ws, params, x));
  samplePseudoGradients(ws, params, targetRng(req.seed), rows);
  const recipe: PstRecipe = {
    index,
    x,
    z,
    sampledTarget: Float64Array.from(ws.sampled),
    dz: Float64Array.from(ws.dz),
  };
  const samples = columns2(rows, P, chosen);
  perExampleGradients(ws, params, x, labels, rows);
  const empirical = columns2(rows, P, chosen);

  const full = exactBlocks(prob);
  const exactG = block2(full.G, P, chosen);
  const exactEmpirical = block2(full.empirical, P, chosen);
  if (![...exactG, ...exactEmpirical].every(Number.isFinite)) {
    throw new RangeError('The exact curvature is not finite for these settings.');
  }
  return {
    key: pstSampleKey(req),
    names: prob.names,
    inputDim: d,
    weights: [params[chosen[0]], params[chosen[1]]],
    samples,
    empirical,
    recipe,
    exactG,
    exactEmpirical,
    sampleG: secondMoment2(samples),
    sampleEmpirical: secondMoment2(empirical),
    data: { inputs: prob.inputs, targets: prob.targets },
  };
}

/** Exact G and exact empirical Fisher (1/N) Σ g_n g_nᵀ over the whole data set, P × P. */
function exactBlocks(prob: PstProblem): { G: Float64Array; empirical: Float64Array } {
  const { layout, params, n: N } = prob;
  const P = layout.paramCount;
  const ws: Workspace = createWorkspace(layout, N);
  forward(ws, params, prob.inputs);
  const G = gaussNewtonMatrix(ws, params);
  const rows = new Float64Array(N * P);
  perExampleGradients(ws, params, prob.inputs, prob.targets, rows);
  const empirical = new Float64Array(P * P);
  for (let r = 0; r < N; r++) {
    for (let p = 0; p < P; p++) {
      const gp = rows[r * P + p] / N;
      for (let q = 0; q < P; q++) empirical[p * P + q] += gp * rows[r * P + q];
    }
  }
  return { G, empirical };
}
