/**
 * Curvature from one batch is noisy (lecture, "Pullback Sampling Trick": MVP methods "approximate
 * curvature or FSD using a single batch, which may be inaccurate"). For batch sizes B = 1 … 512,
 * many batches of B examples drawn from the data set (with replacement, i.e. i.i.d. from the
 * data distribution) give G_B = (1/B) Σ_{n∈batch} J_nᵀ H_n J_n; against the full-data G:
 *
 * - the relative error ‖G_B − G‖_F/‖G‖_F, as a root mean square over the batches, so that
 *   E‖G_B − G‖²_F = (1/B)·(1/N) Σ_n ‖G_n − G‖²_F makes it fall exactly like 1/√B;
 * - what it does to the Newton/NGD step: the angle between −(G_B + λI)⁻¹g and −(G + λI)⁻¹g, g the
 *   full-data gradient, so only the curvature is from the batch (λ a small damping, needed since
 *   G_B of fewer than P examples is singular).
 *
 * docs/math.md#pullback-sampling; docs/panels/pst.md.
 */
import { choleskySolve, cholesky, mat } from '../linalg';
import {
  createRng,
  createWorkspace,
  forward,
  jacobian,
  lossAndGradient,
  outputHessianVecRow,
} from '../nn';
import { buildProblem, type PstProblemOptions } from './problem';

/** What the sweep depends on: the problem, not the number of PST samples or the GD settings. */
export type BatchCurvatureRequest = PstProblemOptions & {
  /** Batches drawn per batch size (default 200). */
  repetitions?: number;
};

export interface BatchCurvature {
  key: string;
  /** B = 1, 2, 4, …, 512. */
  batchSizes: Float64Array;
  /** RMS over the batches of ‖G_B − G‖_F / ‖G‖_F. */
  relError: Float64Array;
  /** Mean over the batches of the angle (degrees) between the batch step and the full step. */
  stepAngleDeg: Float64Array;
  /** Least-squares fit log relError = slope · log B + intercept (≈ −½). */
  slope: number;
  intercept: number;
  repetitions: number;
  /** The damping λ = 10⁻³ · tr(G)/P of both steps. */
  damping: number;
  /** Number of weights P of the matrices compared (all weights of the model). */
  paramCount: number;
  /** The data set's size N (batches of B > N repeat examples). */
  dataSize: number;
  /** ‖g‖ of the full-data gradient; 0 leaves the angles undefined (NaN). */
  gradNorm: number;
}

export const BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] as const;
export const BATCH_REPETITIONS = 200;
/** λ relative to G's mean eigenvalue: negligible for G, enough to invert G_B of B < P. */
export const BATCH_DAMPING = 1e-3;
/** Offset of the batches' random stream from the seed (kept apart from data and samples). */
export const BATCH_STREAM = 0x3c6ef372;

export function batchCurvatureKey(r: BatchCurvatureRequest): string {
  return [r.model, r.output, r.sigma, r.seed, r.w[0], r.w[1], r.pair, r.repetitions].join('|');
}

/** The per-example factors r_n = √h_n J_n (N × P), with G_n = r_n r_nᵀ, and the gradient. */
function perExample(req: PstProblemOptions) {
  const prob = buildProblem(req);
  const { layout, params, n: N } = prob;
  const P = layout.paramCount;
  if (layout.outputDim !== 1) throw new RangeError('batch curvature: one output unit expected');
  const ws = createWorkspace(layout, N);
  const z = Float64Array.from(forward(ws, params, prob.inputs));
  const J = Float64Array.from(jacobian(ws, params));
  const one = Float64Array.of(1);
  const h = new Float64Array(1);
  for (let n = 0; n < N; n++) {
    outputHessianVecRow(layout, z, n, one, 0, h, 0);
    const s = Math.sqrt(Math.max(0, h[0]));
    for (let p = 0; p < P; p++) J[n * P + p] *= s;
  }
  const g = new Float64Array(P);
  lossAndGradient(ws, params, prob.inputs, prob.targets, g);
  return { rows: J, g, N, P };
}

/** Σ_n (c_n / total) r_n r_nᵀ into out (P × P), for example counts c. */
function weightedGram(rows: Float64Array, counts: Float64Array, P: number, out: Float64Array) {
  out.fill(0);
  let total = 0;
  for (const c of counts) total += c;
  for (let n = 0; n < counts.length; n++) {
    if (counts[n] === 0) continue;
    const w = counts[n] / total;
    for (let p = 0; p < P; p++) {
      const a = w * rows[n * P + p];
      if (a === 0) continue;
      for (let q = 0; q < P; q++) out[p * P + q] += a * rows[n * P + q];
    }
  }
}

/** −(M + λI)⁻¹ g by Cholesky (M is PSD, λ > 0). */
function dampedStep(M: Float64Array, P: number, lambda: number, g: Float64Array) {
  const A = mat(P, P, M);
  for (let i = 0; i < P; i++) A.data[i * P + i] += lambda;
  const L = cholesky(A);
  if (!L) return null;
  return choleskySolve(L, g);
}

function angleDeg(a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  const c = Math.max(-1, Math.min(1, ab / Math.sqrt(aa * bb)));
  return (Math.acos(c) * 180) / Math.PI;
}

/** Least-squares slope and intercept of y on x. */
export function fitLine(x: ArrayLike<number>, y: ArrayLike<number>) {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export function computeBatchCurvature(req: BatchCurvatureRequest): BatchCurvature {
  const R = req.repetitions ?? BATCH_REPETITIONS;
  const { rows, g, N, P } = perExample(req);
  const all = new Float64Array(N).fill(1);
  const G = new Float64Array(P * P);
  weightedGram(rows, all, P, G);
  let trace = 0;
  let norm2 = 0;
  for (let i = 0; i < P; i++) trace += G[i * P + i];
  for (const v of G) norm2 += v * v;
  const damping = (BATCH_DAMPING * trace) / P;
  const gradNorm = Math.hypot(...g);
  const full = dampedStep(G, P, damping, g);
  // Its own stream: the batches never change the data, the PST samples or each other.
  const rng = createRng(req.seed + BATCH_STREAM);
  const counts = new Float64Array(N);
  const GB = new Float64Array(P * P);
  const relError = new Float64Array(BATCH_SIZES.length);
  const stepAngleDeg = new Float64Array(BATCH_SIZES.length);
  BATCH_SIZES.forEach((B, i) => {
    let sq = 0;
    let angles = 0;
    for (let r = 0; r < R; r++) {
      counts.fill(0);
      for (let b = 0; b < B; b++) counts[rng.int(N)] += 1;
      weightedGram(rows, counts, P, GB);
      let d2 = 0;
      for (let k = 0; k < GB.length; k++) d2 += (GB[k] - G[k]) ** 2;
      sq += d2 / norm2;
      const step = gradNorm > 0 && full ? dampedStep(GB, P, damping, g) : null;
      angles += step && full ? angleDeg(step, full) : NaN;
    }
    relError[i] = Math.sqrt(sq / R);
    stepAngleDeg[i] = angles / R;
  });
  const fit = fitLine(
    BATCH_SIZES.map((B) => Math.log(B)),
    Array.from(relError, Math.log),
  );
  return {
    key: batchCurvatureKey(req),
    batchSizes: Float64Array.from(BATCH_SIZES),
    relError,
    stepAngleDeg,
    slope: fit.slope,
    intercept: fit.intercept,
    repetitions: R,
    damping,
    paramCount: P,
    dataSize: N,
    gradNorm,
  };
}
