/**
 * The networks K-FAC is trained on: a small deep autoencoder on 8×8 "curves" (where K-FAC shines:
 * badly conditioned, strongly coupled layers), a two-moons classifier, and a 1-D sine regression
 * with a tiny net (where it does not: the problem is easy and the curvature work does not pay).
 * Data and buffers are rebuilt deterministically from (preset, seed, batch), so a training state
 * only carries parameters and optimizer state between worker jobs.
 */
import { drawBatch as drawHfBatch, presetContext, type TrainContext } from '../hf/presets';
import type { Memo } from '../memo';
import { curves, noisySine, twoMoons } from '../nn';

import { KFAC_PRESET_INFO, type KfacPreset } from './choices';
export { KFAC_PRESETS, KFAC_PRESET_INFO, type KfacPreset } from './choices';

/** The K-FAC preset's data and buffers (see hf/presets' presetContext). */
export function kfacContext(
  preset: KfacPreset,
  seed: number,
  batch: number,
  memo: Memo,
): TrainContext {
  return presetContext(memo, `kfac|${preset}`, KFAC_PRESET_INFO[preset], seed, batch, (rng, n) =>
    preset === 'autoencoder'
      ? curves(rng, { n, size: 8 })
      : preset === 'classifier'
        ? twoMoons(rng, { n, noise: 0.1 })
        : noisySine(rng, { n, noise: 0.1 }),
  );
}

export const drawBatch = drawHfBatch;
export type { TrainContext };
