/**
 * The slide's throughput question, "Is this advantageous?": with the same compute — K gradient
 * evaluations — either K steps of GD (or Adam) on the proximal objective of ONE batch, or K SGD
 * steps on K batches, compared by the loss on held-out data after every evaluation.
 *
 * Both start at w⁽ᵏ⁾ and see the same first batch (|B| examples drawn from the scene's data
 * distribution, t = sin x + ε on [−π, π]). SGD then takes a fresh batch each step — or, when data
 * are scarce, cycles through a fixed pool of examples (reshuffled every pass), so its batches
 * repeat; with a pool of |B| it is GD on the first batch's loss alone. Held-out data: an
 * independent draw from the same distribution. (Grosse L4, "Computation: GD on the Proximal
 * Objective"; docs/math.md#proximal-optimization.)
 */
import type { Memo } from '../memo';
import { createRng, createWorkspace, loss, lossAndGradient, noisySine, type Rng } from '../nn';
import { minimizeProximal, runaway } from './inner';
import { createProximalObjective } from './objective';
import { DATA_NOISE, linspace, scenarioFor, X_RANGE } from './scenario';
import { WIDE_FSD_POINTS, type ProximalRequest } from './compute';

export const HELD_OUT_N = 256;

export interface SameComputeRequest extends Omit<ProximalRequest, 'batchCenter'> {
  /** SGD's data: 0 = a fresh batch every step; P > 0 = a fixed pool of max(P, |B|) examples. */
  readonly pool: number;
}

export interface SameComputeRun {
  /** Held-out loss after 0, 1, …, K gradient evaluations (NaN after a divergence). */
  readonly heldOut: Float64Array;
  /** Distinct examples the method drew from the data distribution. */
  readonly examples: number;
  readonly status: 'ok' | 'diverged';
  readonly divergedAt?: number;
}

export interface SameComputeResult {
  /** 0, 1, …, K: the x-axis both methods share. */
  readonly gradientEvaluations: Float64Array;
  readonly proximal: SameComputeRun;
  readonly sgd: SameComputeRun;
  readonly batchSize: number;
  /** The pool SGD cycled through (0: fresh data). */
  readonly pool: number;
  readonly heldOutN: number;
}

/** The order in which SGD meets the examples: 0, 1, 2, … fresh, or passes over a pool. */
function exampleOrder(total: number, pool: number, rng: Rng): Int32Array {
  const order = new Int32Array(total);
  if (pool === 0) return order.map((_, j) => j);
  const pass = Array.from({ length: pool }, (_, i) => i);
  for (let j = 0; j < total; j++) {
    const k = j % pool;
    // The first pass in drawing order (its first batch is the proximal batch); later passes
    // reshuffled (Fisher–Yates at the start of each pass).
    if (k === 0 && j > 0) {
      for (let i = pool - 1; i > 0; i--) {
        const r = rng.int(i + 1);
        [pass[i], pass[r]] = [pass[r], pass[i]];
      }
    }
    order[j] = pass[k];
  }
  return order;
}

/** `memo` keeps the pretrained scenario (see scenarioFor). */
export function computeSameCompute(req: SameComputeRequest, memo: Memo): SameComputeResult {
  const sc = scenarioFor(req.seed, memo);
  const { layout, anchor } = sc;
  const K = req.steps;
  const B = Math.max(1, Math.round(req.batchSize));
  const pool = req.pool > 0 ? Math.max(Math.round(req.pool), B) : 0;
  // Its own stream: the held-out set, then the examples in drawing order, then the reshuffles.
  const rng = createRng(req.seed * 7919 + 29);
  const held = noisySine(rng, { n: HELD_OUT_N, noise: DATA_NOISE });
  const drawn = noisySine(rng, { n: pool > 0 ? pool : K * B, noise: DATA_NOISE });
  const order = exampleOrder(K * B, pool, rng);
  const wsHeld = createWorkspace(layout, HELD_OUT_N);
  const heldLoss = (w: Float64Array) => loss(wsHeld, w, held.inputs, held.targets);
  const batch = (b: number) => {
    const idx = order.subarray(b * B, (b + 1) * B);
    return {
      x: Float64Array.from(idx, (i) => drawn.inputs[i]),
      t: Float64Array.from(idx, (i) => drawn.targets[i]),
    };
  };

  // K steps on the proximal objective of the first batch, anchored at w⁽ᵏ⁾.
  const first = batch(0);
  const fsdInputs =
    req.fsdOn === 'batch' ? first.x : linspace(X_RANGE[0], X_RANGE[1], WIDE_FSD_POINTS);
  const obj = createProximalObjective(layout, anchor, {
    inputs: first.x,
    targets: first.t,
    fsdInputs,
  });
  const prox = new Float64Array(K + 1).fill(NaN);
  prox[0] = heldLoss(anchor);
  const run = minimizeProximal(
    obj,
    { lambdaFsd: req.lambdaFsd, lambdaWsd: req.lambdaWsd },
    { method: req.method, steps: K, lr: req.lr },
    (t, w) => (prox[t] = heldLoss(w)),
  );

  // K SGD steps, batch b at step b + 1.
  const sgd = new Float64Array(K + 1).fill(NaN);
  sgd[0] = prox[0];
  const w = anchor.slice();
  const g = new Float64Array(w.length);
  const wsBatch = createWorkspace(layout, B);
  let sgdDiverged: number | undefined;
  for (let b = 0; b < K; b++) {
    const { x, t } = batch(b);
    lossAndGradient(wsBatch, w, x, t, g);
    for (let i = 0; i < w.length; i++) w[i] -= req.lr * g[i];
    const l = heldLoss(w);
    // The same test of divergence as the proximal run's (inner.ts).
    if (!Number.isFinite(l) || runaway(w, anchor)) {
      sgdDiverged = b + 1;
      break;
    }
    sgd[b + 1] = l;
  }
  return {
    gradientEvaluations: linspace(0, K, K + 1),
    proximal: {
      heldOut: prox,
      examples: B,
      status: run.status,
      ...(run.divergedAt !== undefined ? { divergedAt: run.divergedAt } : {}),
    },
    sgd: {
      heldOut: sgd,
      examples: pool > 0 ? Math.min(pool, K * B) : K * B,
      status: sgdDiverged === undefined ? 'ok' : 'diverged',
      ...(sgdDiverged !== undefined ? { divergedAt: sgdDiverged } : {}),
    },
    batchSize: B,
    pool,
    heldOutN: HELD_OUT_N,
  };
}
