/**
 * The K-FAC panel's choices and limits, in a module of their own: the URL declarations
 * (panels/kfac/params.ts) read them without loading the curvature or training code.
 */
import { curvesAutoencoder, type NetPreset } from '../nn/curvesAutoencoder';

export const CURVATURE_ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const CURVATURE_LOSSES = ['squared-error', 'softmax-ce'] as const;
export type CurvatureLoss = (typeof CURVATURE_LOSSES)[number];
/** Keep G small enough to draw and to form densely (P² numbers). */
export const MAX_CURVATURE_PARAMS = 160;

/** The diagonal estimate's debiased EMA decay (20-step timescale): docs/math.md#pullback-sampling. */
export const PST_EMA = 0.95;

/** m, the sampled backward passes of Ŝ, when a request does not say. */
export const SAMPLED_S_DEFAULT = 16;
/** The passes the sweep records: powers of two up to the largest m a link may ask for. */
export const SAMPLED_S_MAX = 256;

export const STRUCTURES = ['symmetric', 'orthogonal', 'diagonal', 'posdef'] as const;
export type Structure = (typeof STRUCTURES)[number];

export const KFAC_PRESETS = ['autoencoder', 'classifier', 'regression'] as const;
export type KfacPreset = (typeof KFAC_PRESETS)[number];

export const KFAC_PRESET_INFO: Record<KfacPreset, NetPreset> = {
  autoencoder: curvesAutoencoder([16], 4),
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
