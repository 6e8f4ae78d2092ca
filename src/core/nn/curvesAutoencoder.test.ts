import { describe, expect, it } from 'vitest';
import { PRESET_INFO } from '../hf/choices';
import { KFAC_PRESET_INFO } from '../kfac/choices';

describe('the curves autoencoders', () => {
  it('are the networks the presets name: sizes, activations, output and data as written out', () => {
    expect(PRESET_INFO['curves-ae']).toEqual({
      label: 'autoencoder 64-24-6-24-64 on 8×8 curves',
      spec: {
        sizes: [64, 24, 6, 24, 64],
        activations: ['sigmoid', 'linear', 'sigmoid', 'linear'],
        output: 'bernoulli',
      },
      n: 256,
    });
    expect(PRESET_INFO['curves-deep'].label).toBe(
      'deep autoencoder 64-32-16-4-16-32-64 on 8×8 curves',
    );
    expect(PRESET_INFO['curves-deep'].spec.activations).toEqual([
      ...['sigmoid', 'sigmoid', 'linear'],
      ...['sigmoid', 'sigmoid', 'linear'],
    ]);
    expect(KFAC_PRESET_INFO.autoencoder.spec.sizes).toEqual([64, 16, 4, 16, 64]);
    expect(KFAC_PRESET_INFO.autoencoder.label).toBe('autoencoder 64-16-4-16-64 on 8×8 curves');
  });
});
