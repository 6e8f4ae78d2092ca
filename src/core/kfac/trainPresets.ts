/**
 * The networks K-FAC is trained on: a small deep autoencoder on 8×8 "curves" (where K-FAC shines:
 * badly conditioned, strongly coupled layers), a two-moons classifier, and a 1-D sine regression
 * with a tiny net (where it does not: the problem is easy and the curvature work does not pay).
 * Data and buffers are rebuilt deterministically from (preset, seed, batch), so a training state
 * only carries parameters and optimizer state between worker jobs.
 */
import { drawBatch as drawHfBatch, presetContext, type TrainContext } from '../hf/presets';
import type { Memo } from '../memo';
import { curves, noisySine, twoMoons, type MlpSpec } from '../nn';

export const KFAC_PRESETS = ['autoencoder', 'classifier', 'regression'] as const;
export type KfacPreset = (typeof KFAC_PRESETS)[number];

export const KFAC_PRESET_INFO: Record<KfacPreset, { label: string; spec: MlpSpec; n: number }> = {
  autoencoder: {
    label: 'autoencoder 64-16-4-16-64 on 8×8 curves',
    spec: {
      sizes: [64, 16, 4, 16, 64],
      activations: ['sigmoid', 'linear', 'sigmoid', 'linear'],
      output: 'bernoulli',
    },
    n: 256,
  },
  classifier: {
    label: 'classifier 2-16-16-2 on two moons',
    spec: { sizes: [2, 16, 16, 2], activations: ['tanh', 'tanh', 'linear'], output: 'softmax-ce' },
    n: 256,
  },
  regression: {
    label: 'regression 1-8-1 on a noisy sine',
    spec: { sizes: [1, 8, 1], activations: ['tanh', 'linear'], output: 'squared-error' },
    n: 128,
  },
};

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
