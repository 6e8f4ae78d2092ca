import { describe, expect, it } from 'vitest';
import { curves, noisySine, oneHot, spirals, stepData, twoMoons, type Dataset } from './data';
import { createRng } from './rng';

const generators: [string, (seed: number) => Dataset][] = [
  ['noisySine', (s) => noisySine(createRng(s))],
  ['stepData', (s) => stepData(createRng(s), { n: 40 })],
  ['twoMoons', (s) => twoMoons(createRng(s))],
  ['spirals', (s) => spirals(createRng(s), { n: 60 })],
  ['curves', (s) => curves(createRng(s), { n: 10 })],
];

describe.each(generators)('%s', (_name, make) => {
  it('is deterministic per seed and changes with the seed', () => {
    const a = make(1);
    const b = make(1);
    expect(b.inputs).toEqual(a.inputs);
    expect(b.targets).toEqual(a.targets);
    expect(make(2).inputs).not.toEqual(a.inputs);
  });

  it('has consistent shapes and finite values', () => {
    const d = make(3);
    expect(d.inputs.length).toBe(d.n * d.inputDim);
    expect(d.targets.length).toBe(d.n * d.targetDim);
    expect(d.inputs.every(Number.isFinite)).toBe(true);
    expect(d.targets.every(Number.isFinite)).toBe(true);
  });
});

describe('dataset contents', () => {
  it('noisy sine: residuals from sin x have the requested noise level', () => {
    const d = noisySine(createRng(4), { n: 4000, noise: 0.2 });
    let ss = 0;
    for (let i = 0; i < d.n; i++) {
      expect(Math.abs(d.inputs[i])).toBeLessThanOrEqual(Math.PI);
      ss += (d.targets[i] - Math.sin(d.inputs[i])) ** 2;
    }
    expect(Math.sqrt(ss / d.n)).toBeCloseTo(0.2, 1);
  });

  it('step: grid spacing is even and the targets jump at 0', () => {
    const d = stepData(createRng(5), { n: 11, noise: 0, spacing: 'grid' });
    expect(Array.from(d.inputs)).toEqual(Array.from({ length: 11 }, (_, i) => -1 + i / 5));
    expect(Array.from(d.targets)).toEqual([-1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1]);
  });

  it('classification sets are balanced, one-hot, and the classes are separated on average', () => {
    for (const d of [
      twoMoons(createRng(6), { n: 400, noise: 0 }),
      spirals(createRng(6), { n: 400, noise: 0 }),
    ]) {
      const labels = d.labels!;
      expect(labels.reduce((s, l) => s + l, 0)).toBe(200);
      expect(d.targets).toEqual(oneHot(labels, 2));
      expect(d.inputs.every((x) => Math.abs(x) <= 1.5)).toBe(true);
    }
    // Moons without noise: class 0 lies on the upper arc, class 1 on the lower.
    const m = twoMoons(createRng(7), { n: 200, noise: 0 });
    for (let i = 0; i < m.n; i++) {
      const [x, y] = [m.inputs[2 * i] + 0.5, m.inputs[2 * i + 1] + 0.25];
      if (m.labels![i] === 0) expect(x * x + y * y).toBeCloseTo(1, 12);
      else expect((x - 1) ** 2 + (y - 0.5) ** 2).toBeCloseTo(1, 12);
    }
  });

  it('curves: 8×8 images in [0, 1], each a visible stroke, targets equal inputs', () => {
    const d = curves(createRng(8), { n: 50 });
    expect(d.inputDim).toBe(64);
    expect(d.targets).toEqual(d.inputs);
    expect(d.targets).not.toBe(d.inputs);
    for (let i = 0; i < d.n; i++) {
      const img = d.inputs.subarray(i * 64, (i + 1) * 64);
      expect(Math.min(...img)).toBeGreaterThanOrEqual(0);
      // The pixel nearest the stroke is at most √½ px away: e^{−½/(2·0.6²)} ≈ 0.5.
      expect(Math.max(...img)).toBeGreaterThan(0.49);
      expect(Math.max(...img)).toBeLessThanOrEqual(1);
      const lit = img.filter((v) => v > 0.3).length;
      expect(lit).toBeGreaterThanOrEqual(2);
      expect(lit).toBeLessThan(40);
    }
  });

  it('oneHot rejects labels out of range', () => {
    expect(() => oneHot([0, 2], 2)).toThrow(RangeError);
  });
});
