/**
 * The Hessian-free panel's training problems, described (not built), and Adam's constants, in a
 * module of their own: the URL declarations (panels/hessian-free/params.ts, shared/trainParams.ts)
 * read them without loading the network code.
 */
import type { MlpSpec } from '../nn/mlp';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPS = 1e-8;

export const HF_PRESETS = ['curves-ae', 'curves-deep', 'spirals'] as const;
export type HfPreset = (typeof HF_PRESETS)[number];

export const PRESET_INFO: Record<HfPreset, { label: string; spec: MlpSpec; n: number }> = {
  'curves-ae': {
    label: 'autoencoder 64-24-6-24-64 on 8×8 curves',
    spec: {
      sizes: [64, 24, 6, 24, 64],
      activations: ['sigmoid', 'linear', 'sigmoid', 'linear'],
      output: 'bernoulli',
    },
    n: 256,
  },
  'curves-deep': {
    label: 'deep autoencoder 64-32-16-4-16-32-64 on 8×8 curves',
    spec: {
      sizes: [64, 32, 16, 4, 16, 32, 64],
      activations: ['sigmoid', 'sigmoid', 'linear', 'sigmoid', 'sigmoid', 'linear'],
      output: 'bernoulli',
    },
    n: 256,
  },
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
