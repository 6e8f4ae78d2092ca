/**
 * The Hessian-free panel's training problems, described (not built), and Adam's constants, in a
 * module of their own: the URL declarations (panels/hessian-free/params.ts, shared/trainParams.ts)
 * read them without loading the network code.
 */
import { curvesAutoencoder, type NetPreset } from '../nn/curvesAutoencoder';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPS = 1e-8;

export const HF_PRESETS = ['curves-ae', 'curves-deep', 'spirals'] as const;
export type HfPreset = (typeof HF_PRESETS)[number];

export const PRESET_INFO: Record<HfPreset, NetPreset> = {
  'curves-ae': curvesAutoencoder([24], 6),
  'curves-deep': curvesAutoencoder([32, 16], 4, 'deep '),
  spirals: {
    label: 'classifier 2-20-20-2 on two spirals',
    spec: {
      sizes: [2, 20, 20, 2],
      activations: ['tanh', 'tanh', 'linear'],
      output: 'softmax-ce',
    },
    n: 256,
  },
};
