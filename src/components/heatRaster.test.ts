import { describe, expect, it } from 'vitest';
import { heatColor } from './Heatmap';
import { heatPixels } from './heatRaster';

const rgb = (c: string) =>
  c.startsWith('#')
    ? [...c.slice(1)].map((h) => parseInt(h + h, 16))
    : c.match(/\d+/g)!.map(Number);

describe('heatmap pixels', () => {
  it('match heatColor to within one 8-bit level, on both scales, clamped, NaN grey', () => {
    const values = [0, 1e-6, 0.003, -0.04, 0.25, -0.5, 0.77, 1, -1, 3, -7, NaN, Infinity];
    for (let i = 0; i < 200; i++) values.push(Math.sin(i * 12.9898) * 1.3);
    for (const power of [1, 0.5]) {
      const px = heatPixels(values, 1, values.length, 1, power);
      values.forEach((v, i) => {
        const want = rgb(heatColor(v, 1, power));
        for (let c = 0; c < 3; c++)
          expect(Math.abs(px[4 * i + c] - want[c])).toBeLessThanOrEqual(1);
        expect(px[4 * i + 3]).toBe(255);
      });
    }
  });

  it('colours everything as zero when the scale is empty', () => {
    const px = heatPixels([3, -2], 1, 2, 0, 1);
    const white = rgb(heatColor(0, 1));
    for (let c = 0; c < 3; c++) {
      expect(Math.abs(px[c] - white[c])).toBeLessThanOrEqual(1);
      expect(Math.abs(px[4 + c] - white[c])).toBeLessThanOrEqual(1);
    }
  });
});
