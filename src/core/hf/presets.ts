/**
 * The networks HF is trained on: a small deep autoencoder on 8×8 "curves" images (a miniature of
 * Martens 2010's CURVES benchmark, logistic units, Bernoulli output) and a spiral classifier.
 * Data and workspaces are rebuilt deterministically from (preset, seed, batch), so a training
 * state only has to carry parameters and optimizer state between worker jobs.
 */
import type { Memo } from '../memo';
import {
  createLayout,
  createWorkspace,
  curves,
  createRng,
  spirals,
  type Dataset,
  type MlpLayout,
  type MlpSpec,
  type Rng,
  type Workspace,
} from '../nn';

import { PRESET_INFO, type HfPreset } from './choices';
export { HF_PRESETS, PRESET_INFO, type HfPreset } from './choices';

export interface TrainContext {
  key: string;
  layout: MlpLayout;
  data: Dataset;
  /** Workspace over the whole training set (loss, gradient). */
  full: Workspace;
  /** Workspace for a batch of B examples (HF curvature, SGD/Adam minibatches). */
  batchWs: Workspace;
  batchX: Float64Array;
  batchT: Float64Array;
  batch: number;
}

/** The HF preset's data and buffers (see presetContext). */
export function trainContext(
  preset: HfPreset,
  seed: number,
  batch: number,
  memo: Memo,
): TrainContext {
  return presetContext(memo, `hf|${preset}`, PRESET_INFO[preset], seed, batch, (rng, n) =>
    preset === 'spirals' ? spirals(rng, { n, noise: 0.05 }) : curves(rng, { n, size: 8 }),
  );
}

/**
 * A training preset's data (drawn from `seed`) and buffers for the whole set and for batches,
 * kept in `memo` between jobs (same key → same objects): a training chunk then costs only its
 * steps. `name` tells presets of different panels apart.
 */
export function presetContext(
  memo: Memo,
  name: string,
  info: { spec: MlpSpec; n: number },
  seed: number,
  batchIn: number,
  makeData: (rng: Rng, n: number) => Dataset,
): TrainContext {
  const batch = Math.max(1, Math.min(info.n, Math.round(batchIn)));
  const key = `${name}|${seed}|${batch}`;
  return memo.get(key, () => {
    const data = makeData(createRng(seed), info.n);
    const layout = createLayout(info.spec);
    return {
      key,
      layout,
      data,
      full: createWorkspace(layout, data.n),
      batchWs: createWorkspace(layout, batch),
      batchX: new Float64Array(batch * data.inputDim),
      batchT: new Float64Array(batch * data.targetDim),
      batch,
    };
  });
}

/** Fills the context's batch buffers with B examples drawn without replacement. */
export function drawBatch(ctx: TrainContext, uniform: () => number): void {
  const { data, batch } = ctx;
  const n = data.n;
  // Partial Fisher–Yates over indices: B distinct examples.
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < batch; k++) {
    const j = k + Math.floor(uniform() * (n - k));
    const t = idx[k];
    idx[k] = idx[j];
    idx[j] = t;
    ctx.batchX.set(
      data.inputs.subarray(idx[k] * data.inputDim, (idx[k] + 1) * data.inputDim),
      k * data.inputDim,
    );
    ctx.batchT.set(
      data.targets.subarray(idx[k] * data.targetDim, (idx[k] + 1) * data.targetDim),
      k * data.targetDim,
    );
  }
}
