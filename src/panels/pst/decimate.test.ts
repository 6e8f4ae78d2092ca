import { describe, expect, it } from 'vitest';
import { decimateMinMax } from './decimate';

describe('min/max decimation', () => {
  it('short series pass through unchanged', () => {
    const r = decimateMinMax([1, 2, 3], [5, 6, 7], 10);
    expect(Array.from(r.ys)).toEqual([5, 6, 7]);
  });

  it('keeps every bucket’s extremes in order and at most 2 points per bucket', () => {
    const n = 10000;
    const xs = Array.from({ length: n }, (_, i) => i);
    const ys = xs.map((i) => Math.sin(i / 37) + (i === 4321 ? 50 : 0) + (i === 777 ? -50 : 0));
    const r = decimateMinMax(xs, ys, 300);
    expect(r.xs.length).toBeLessThanOrEqual(600);
    expect(Math.max(...r.ys)).toBe(Math.max(...ys));
    expect(Math.min(...r.ys)).toBe(Math.min(...ys));
    for (let i = 1; i < r.xs.length; i++) expect(r.xs[i]).toBeGreaterThan(r.xs[i - 1]);
  });
});
