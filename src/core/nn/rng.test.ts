import { describe, expect, it } from 'vitest';
import { createRng, restoreRng } from './rng';

describe('rng', () => {
  it('matches the xoshiro128** reference output for state [1, 2, 3, 4]', () => {
    const rng = restoreRng({ words: [1, 2, 3, 4], cachedNormal: null });
    const out = Array.from({ length: 6 }, () => rng.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8 }, () => rng.uniform());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(1)).not.toEqual(draw(2 ** 32 + 1));
  });

  it('snapshot/restore replays the stream, including a cached normal', () => {
    const rng = createRng(5);
    rng.normal(); // leaves the pair's second value cached
    const snap = rng.snapshot();
    const a = [rng.normal(), rng.uniform(), rng.normal()];
    const replay = restoreRng(snap);
    expect([replay.normal(), replay.uniform(), replay.normal()]).toEqual(a);
  });

  it('uniform has the moments of U[0, 1) and stays in range', () => {
    const rng = createRng(3);
    const n = 200000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - 1 / 3)).toBeLessThan(0.003);
  });

  it('normal has mean 0, variance 1, kurtosis 3', () => {
    const rng = createRng(4);
    const n = 200000;
    let m1 = 0;
    let m2 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.normal();
      m1 += x / n;
      m2 += (x * x) / n;
      m4 += x ** 4 / n;
    }
    expect(Math.abs(m1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(0.02);
    expect(Math.abs(m4 - 3)).toBeLessThan(0.1);
  });

  it('categorical follows unnormalised weights, honours offset/length, skips zero weights', () => {
    const rng = createRng(6);
    const w = new Float64Array([9, 1, 2, 0, 5, 99]);
    const counts = [0, 0, 0, 0];
    const n = 80000;
    for (let i = 0; i < n; i++) counts[rng.categorical(w, 1, 4)]++;
    const p = [1 / 8, 2 / 8, 0, 5 / 8];
    for (let c = 0; c < 4; c++) {
      expect(Math.abs(counts[c] / n - p[c])).toBeLessThan(
        5 * Math.sqrt((p[c] * (1 - p[c])) / n) + 1e-12,
      );
    }
    expect(counts[2]).toBe(0);
    expect(() => rng.categorical([0, 0])).toThrow(RangeError);
  });

  it('int is uniform over {0, …, n − 1}', () => {
    const rng = createRng(9);
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 50000; i++) counts[rng.int(5)]++;
    for (const c of counts) expect(Math.abs(c / 50000 - 0.2)).toBeLessThan(0.01);
    expect(() => rng.int(0)).toThrow(RangeError);
  });
});
