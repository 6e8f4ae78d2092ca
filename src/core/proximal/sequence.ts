/**
 * Sequence mode: several proximal steps over successive mini-batches, against plain SGD and
 * against "fit the batch" (K steps on the batch loss alone) on the SAME batches, all started at
 * w⁽ᵏ⁾. Progress is the loss on the region w⁽ᵏ⁾ fitted poorly; forgetting is the loss on the
 * region it had learned. The batches are a seeded shuffle of the training set, cut into chunks.
 */
import type { Memo } from '../memo';
import { createRng, createWorkspace, forward, lossAndGradient } from '../nn';
import { minimizeProximal } from './inner';
import { createProximalObjective, type ProximalWeights } from './objective';
import { gather, linspace, scenarioFor, X_RANGE } from './scenario';
import { evalSet, setLoss } from './views';
import { WIDE_FSD_POINTS, type ProximalRequest } from './compute';

export const SEQUENCE_METHODS = ['proximal', 'sgd', 'loss-only'] as const;
/**
 * 'proximal': K steps on Q (the panel's λ's), anchored at the current iterate;
 * 'sgd': one step w ← w − α∇loss per batch; 'loss-only': K steps on the batch loss (λ's = 0).
 */
export type SequenceMethod = (typeof SEQUENCE_METHODS)[number];

export interface SequenceRequest extends Omit<ProximalRequest, 'batchCenter'> {
  /** Number of successive batches (≥ 1). */
  readonly batches: number;
}

export interface SequenceRun {
  readonly method: SequenceMethod;
  /** Loss on the points w⁽ᵏ⁾ was trained on, before and after each batch (length batches + 1). */
  readonly seenLoss: Float64Array;
  /** Loss on the points it was not trained on, same length. */
  readonly newLoss: Float64Array;
  /** f(x, w) after the last batch, on the curve grid. */
  readonly f: Float64Array;
  /** Gradient evaluations spent (K per batch, or 1 for SGD). */
  readonly gradientEvals: number;
  readonly status: 'ok' | 'diverged';
  /** The batch (1-based) at which an inner run diverged. */
  readonly divergedAt?: number;
}

export interface SequenceResult {
  readonly curveX: Float64Array;
  /** Row b holds the indices (into the sorted training set) of batch b + 1. */
  readonly batches: readonly Int32Array[];
  readonly runs: readonly SequenceRun[];
}

export const SEQUENCE_CURVE_POINTS = 121;

/** `memo` keeps the pretrained scenario (see scenarioFor). */
export function computeSequence(req: SequenceRequest, memo: Memo): SequenceResult {
  const sc = scenarioFor(req.seed, memo);
  const { data, layout } = sc;
  const B = Math.max(1, Math.min(data.n, Math.round(req.batchSize)));
  const order = shuffled(data.n, req.seed);
  const batches: Int32Array[] = [];
  for (let b = 0; b < req.batches; b++) {
    const idx = Int32Array.from({ length: B }, (_, j) => order[(b * B + j) % data.n]);
    batches.push(idx.sort());
  }
  const seenIdx = Array.from(data.inputs.keys()).filter((i) => sc.seen[i] === 1);
  const newIdx = Array.from(data.inputs.keys()).filter((i) => sc.seen[i] === 0);
  const seenSet = evalSet(layout, gather(data.inputs, seenIdx), gather(data.targets, seenIdx));
  const newSet = evalSet(layout, gather(data.inputs, newIdx), gather(data.targets, newIdx));
  const curveX = linspace(X_RANGE[0], X_RANGE[1], SEQUENCE_CURVE_POINTS);
  const wsCurve = createWorkspace(layout, curveX.length);
  const wsBatch = createWorkspace(layout, B);
  const wide = linspace(X_RANGE[0], X_RANGE[1], WIDE_FSD_POINTS);
  const inner = { method: req.method, steps: req.steps, lr: req.lr };

  const runs = SEQUENCE_METHODS.map((method): SequenceRun => {
    let w: Float64Array = sc.anchor.slice();
    const seenLoss = new Float64Array(req.batches + 1).fill(NaN);
    const newLoss = new Float64Array(req.batches + 1).fill(NaN);
    seenLoss[0] = setLoss(seenSet, w);
    newLoss[0] = setLoss(newSet, w);
    const grad = new Float64Array(w.length);
    let divergedAt: number | undefined;
    for (let b = 0; b < batches.length && divergedAt === undefined; b++) {
      const X = gather(data.inputs, batches[b]);
      const T = gather(data.targets, batches[b]);
      if (method === 'sgd') {
        lossAndGradient(wsBatch, w, X, T, grad);
        for (let i = 0; i < w.length; i++) w[i] -= req.lr * grad[i];
        if (!w.every(Number.isFinite)) divergedAt = b + 1;
      } else {
        const lambdas: ProximalWeights =
          method === 'proximal'
            ? { lambdaFsd: req.lambdaFsd, lambdaWsd: req.lambdaWsd }
            : { lambdaFsd: 0, lambdaWsd: 0 };
        const fsdInputs = req.fsdOn === 'batch' ? X : wide;
        const obj = createProximalObjective(layout, w, { inputs: X, targets: T, fsdInputs });
        const run = minimizeProximal(obj, lambdas, inner);
        if (run.status === 'diverged') divergedAt = b + 1;
        w = run.w;
      }
      if (divergedAt === undefined) {
        seenLoss[b + 1] = setLoss(seenSet, w);
        newLoss[b + 1] = setLoss(newSet, w);
      }
    }
    return {
      method,
      seenLoss,
      newLoss,
      f: forward(wsCurve, w, curveX).slice(),
      gradientEvals: (method === 'sgd' ? 1 : req.steps) * req.batches,
      status: divergedAt === undefined ? 'ok' : 'diverged',
      ...(divergedAt !== undefined ? { divergedAt } : {}),
    };
  });
  return { curveX, batches, runs };
}

/** A seeded Fisher–Yates permutation of 0 … n−1 (its own stream, independent of the data's). */
function shuffled(n: number, seed: number): number[] {
  const rng = createRng(seed * 7919 + 17);
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
