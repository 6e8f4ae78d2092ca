/**
 * The slide's 1-D regression scene, fully determined by a seed: noisy-sine data on [−π, π], a
 * 1-12-12-1 tanh network (small enough that a slider move re-solves in a few ms), and the previous iterate w⁽ᵏ⁾ trained (full-batch Adam) only on the
 * points left of x = SEEN_MAX — so it fits the sine well there and extrapolates badly to the
 * right, where a new mini-batch then makes the proximal step visibly matter.
 */
import type { Memo } from '../memo';
import {
  createLayout,
  createRng,
  createWorkspace,
  initParams,
  lossAndGradient,
  noisySine,
  type Dataset,
  type MlpLayout,
} from '../nn';

export const PROXIMAL_NET = {
  sizes: [1, 12, 12, 1],
  activations: ['tanh', 'tanh', 'linear'],
  output: 'squared-error',
} as const;

/** Number of training points, their noise, and the right edge of the region w⁽ᵏ⁾ was fit on. */
export const DATA_N = 64;
export const DATA_NOISE = 0.1;
export const SEEN_MAX = 0.6;
/** Full-batch Adam steps that produce w⁽ᵏ⁾ from the seeded initialisation. */
export const PRETRAIN_STEPS = 600;
export const PRETRAIN_LR = 0.01;
/** The input range of the plots. */
export const X_RANGE: readonly [number, number] = [-Math.PI, Math.PI];

export interface Scenario {
  readonly seed: number;
  readonly layout: MlpLayout;
  /** All DATA_N training points, sorted by x. */
  readonly data: Dataset;
  /** 1 where x < SEEN_MAX: the points w⁽ᵏ⁾ was trained on. */
  readonly seen: Uint8Array;
  /** The previous iterate w⁽ᵏ⁾. */
  readonly anchor: Float64Array;
  /** Mean loss of w⁽ᵏ⁾ on the seen points at the end of pretraining. */
  readonly pretrainLoss: number;
}

/**
 * The scenario for a seed, kept in `memo`: pretraining w⁽ᵏ⁾ costs ~100 ms and a slider move must
 * cost a few. Callers must not modify the returned arrays.
 */
export function scenarioFor(seed: number, memo: Memo): Scenario {
  return memo.get(`proximal-scenario|${seed}`, () => createScenario(seed));
}

export function createScenario(seed: number): Scenario {
  const rng = createRng(seed);
  const layout = createLayout({
    sizes: [...PROXIMAL_NET.sizes],
    activations: [...PROXIMAL_NET.activations],
    output: PROXIMAL_NET.output,
  });
  const raw = noisySine(rng, { n: DATA_N, noise: DATA_NOISE });
  const order = Array.from(raw.inputs.keys()).sort((a, b) => raw.inputs[a] - raw.inputs[b]);
  const data: Dataset = {
    ...raw,
    inputs: Float64Array.from(order, (i) => raw.inputs[i]),
    targets: Float64Array.from(order, (i) => raw.targets[i]),
  };
  const seen = Uint8Array.from(data.inputs, (x) => (x < SEEN_MAX ? 1 : 0));
  const seenX = data.inputs.filter((_, i) => seen[i] === 1);
  const seenT = data.targets.filter((_, i) => seen[i] === 1);
  const w = initParams(layout, rng);
  const pretrainLoss = adam(layout, w, seenX, seenT, PRETRAIN_STEPS, PRETRAIN_LR);
  return { seed, layout, data, seen, anchor: w, pretrainLoss };
}

/** Full-batch Adam in place; returns the final loss. */
function adam(
  layout: MlpLayout,
  w: Float64Array,
  x: Float64Array,
  t: Float64Array,
  steps: number,
  lr: number,
): number {
  const ws = createWorkspace(layout, x.length);
  const g = new Float64Array(w.length);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  let value = lossAndGradient(ws, w, x, t, g);
  for (let s = 1; s <= steps; s++) {
    const c1 = 1 - 0.9 ** s;
    const c2 = 1 - 0.999 ** s;
    for (let i = 0; i < w.length; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      w[i] -= (lr * m[i]) / c1 / (Math.sqrt(v[i] / c2) + 1e-8);
    }
    value = lossAndGradient(ws, w, x, t, g);
  }
  return value;
}

/**
 * Indices (ascending) of the `size` training points nearest to `center` — the mini-batch. Ties
 * go to the lower index, so the choice is deterministic.
 */
export function nearestBatch(inputs: Float64Array, center: number, size: number): Int32Array {
  const n = inputs.length;
  const k = Math.max(1, Math.min(n, Math.round(size)));
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => Math.abs(inputs[a] - center) - Math.abs(inputs[b] - center) || a - b);
  return Int32Array.from(idx.slice(0, k)).sort();
}

/** Gathers rows `idx` of a row-major array with `dim` columns. */
export function gather(a: Float64Array, idx: ArrayLike<number>, dim = 1): Float64Array {
  const out = new Float64Array(idx.length * dim);
  for (let r = 0; r < idx.length; r++) {
    for (let c = 0; c < dim; c++) out[r * dim + c] = a[idx[r] * dim + c];
  }
  return out;
}

/** The complement of a sorted index set in 0 … n−1. */
export function complement(n: number, idx: ArrayLike<number>): Int32Array {
  const inSet = new Uint8Array(n);
  for (let i = 0; i < idx.length; i++) inSet[idx[i]] = 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!inSet[i]) out.push(i);
  return Int32Array.from(out);
}

/** n evenly spaced points on [lo, hi]. */
export function linspace(lo: number, hi: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) =>
    n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1),
  );
}
