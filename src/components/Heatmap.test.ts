import { describe, expect, it } from 'vitest';
import { heatColor, maxAbs, textColor } from './Heatmap';
import { GREY } from './palette';

describe('heatmap colours', () => {
  it('is white at zero, red for positive, blue for negative, grey for NaN', () => {
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r0, g0, b0] = rgb(heatColor(0, 1));
    expect(Math.min(r0, g0, b0)).toBeGreaterThan(230);
    const [rp, , bp] = rgb(heatColor(1, 1));
    expect(rp).toBeGreaterThan(bp + 50);
    const [rn, , bn] = rgb(heatColor(-1, 1));
    expect(bn).toBeGreaterThan(rn + 50);
    expect(heatColor(5, 1)).toBe(heatColor(1, 1)); // clamped to the scale
    expect(heatColor(NaN, 1)).toBe(GREY.light);
    expect(heatColor(3, 0)).toBe(heatColor(0, 1));
  });

  it('picks readable text and ignores non-finite values for the range', () => {
    expect(textColor(0.9, 1)).toBe(GREY.white);
    expect(textColor(0.1, 1)).toBe(GREY.ink);
    expect(maxAbs([1, -3, NaN, Infinity])).toBe(3);
  });
});

describe('square-root colour scale', () => {
  it('makes a small entry more saturated than the linear scale does', () => {
    const blue = (c: string) => c.match(/\d+/g)!.map(Number)[2];
    // On RdBu a positive value is red: less blue = more saturated.
    expect(blue(heatColor(0.04, 1, 0.5))).toBeLessThan(blue(heatColor(0.04, 1)));
    expect(heatColor(1, 1, 0.5)).toBe(heatColor(1, 1));
    expect(heatColor(-0.25, 1, 0.5)).toBe(heatColor(-0.5, 1));
  });
});
