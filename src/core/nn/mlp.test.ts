import { describe, expect, it } from 'vitest';
import { createWorkspace, forward } from './forward';
import { biasSlice, createLayout, initParams, layerSlice, weightIndex } from './mlp';
import { createRng } from './rng';

describe('MLP layout', () => {
  const spec = {
    sizes: [3, 4, 2],
    activations: ['tanh', 'linear'] as const,
    output: 'softmax-ce' as const,
  };

  it('counts parameters n_ℓ (n_{ℓ−1} + 1) per layer, contiguous and in order', () => {
    const layout = createLayout({ ...spec, activations: [...spec.activations] });
    expect(layout.paramCount).toBe(4 * 4 + 2 * 5);
    expect(layout.layers.map((l) => [l.index, l.offset, l.size])).toEqual([
      [1, 0, 16],
      [2, 16, 10],
    ]);
    expect(layout.inputDim).toBe(3);
    expect(layout.outputDim).toBe(2);
  });

  it('stores W̄ = [W | b] column-major: forward reproduces a hand computation', () => {
    const layout = createLayout({
      sizes: [2, 3],
      activations: ['linear'],
      output: 'squared-error',
    });
    const layer = layout.layers[0];
    // w[k] = k, so W̄(i, j) = j·3 + i: W = [[0, 3], [1, 4], [2, 5]], b = [6, 7, 8].
    const params = Float64Array.from({ length: layout.paramCount }, (_, k) => k);
    expect(weightIndex(layer, 2, 1)).toBe(5);
    expect(Array.from(biasSlice(params, layer))).toEqual([6, 7, 8]);
    const ws = createWorkspace(layout, 1);
    const z = forward(ws, params, new Float64Array([1, 2]));
    expect(Array.from(z)).toEqual([0 + 3 * 2 + 6, 1 + 4 * 2 + 7, 2 + 5 * 2 + 8]);
  });

  it('layer slices are views into the flat vector', () => {
    const layout = createLayout({ ...spec, activations: [...spec.activations] });
    const w = new Float64Array(layout.paramCount);
    layerSlice(w, layout.layers[1])[0] = 7;
    expect(w[16]).toBe(7);
  });

  it('rejects malformed specs with a message', () => {
    expect(() => createLayout({ sizes: [3], activations: [], output: 'squared-error' })).toThrow(
      /sizes/,
    );
    expect(() => createLayout({ sizes: [3, 2], activations: [], output: 'squared-error' })).toThrow(
      /activations/,
    );
    expect(() =>
      createLayout({ sizes: [3, 0], activations: ['tanh'], output: 'squared-error' }),
    ).toThrow(/width/);
    expect(() =>
      createLayout({
        sizes: [3, 2],
        activations: ['linear'],
        output: 'squared-error',
        variance: 0,
      }),
    ).toThrow(/variance/);
  });

  it('initialises deterministically with N(0, gain²/fan-in) weights and zero biases', () => {
    const layout = createLayout({
      sizes: [50, 200, 1],
      activations: ['relu', 'linear'],
      output: 'squared-error',
    });
    const a = initParams(layout, createRng(1));
    expect(initParams(layout, createRng(1))).toEqual(a);
    expect(initParams(layout, createRng(2))).not.toEqual(a);
    const layer = layout.layers[0];
    const weights = layerSlice(a, layer).subarray(0, layer.fanIn * layer.fanOut);
    const variance = weights.reduce((s, x) => s + x * x, 0) / weights.length;
    expect(variance).toBeGreaterThan(0.9 * (2 / 50));
    expect(variance).toBeLessThan(1.1 * (2 / 50));
    expect(biasSlice(a, layer).every((b) => b === 0)).toBe(true);
  });
});
