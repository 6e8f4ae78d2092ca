/**
 * The "curves" autoencoders of Hinton & Salakhutdinov (2006) and Martens (2010), shrunk to 8×8
 * images: 64 inputs, sigmoid encoder layers, a linear code, sigmoid decoder layers, a linear
 * pre-activation of the Bernoulli output. Described (not built), so choice lists can name them
 * without loading the network code.
 */
import type { MlpSpec } from './mlp';

export interface NetPreset {
  label: string;
  spec: MlpSpec;
  /** Training examples. */
  n: number;
}

/** curvesAutoencoder([24], 6): 64-24-6-24-64, trained on 256 curves. */
export function curvesAutoencoder(hidden: readonly number[], code: number, prefix = ''): NetPreset {
  const encoder = [64, ...hidden, code];
  const sizes = [...encoder, ...[...hidden].reverse(), 64];
  const half = [...hidden.map(() => 'sigmoid' as const), 'linear' as const];
  return {
    label: `${prefix}autoencoder ${sizes.join('-')} on 8×8 curves`,
    spec: { sizes, activations: [...half, ...half], output: 'bernoulli' },
    n: 256,
  };
}
