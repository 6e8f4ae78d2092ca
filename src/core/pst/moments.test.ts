import { describe, expect, it } from 'vitest';
import { block2, columns2, createMoment2, relFrobenius, secondMoment2 } from './moments';

describe('second moments', () => {
  it('the incremental moment equals the batch formula on every prefix', () => {
    const rows = [1, 2, -3, 0.5, 4, -1, 0, 2];
    const m = createMoment2();
    for (let c = 1; c <= 4; c++) {
      m.addRows(rows, c - 1, c);
      const batch = secondMoment2(rows, c);
      expect(relFrobenius(m.value(), batch)).toBeLessThan(1e-15);
    }
    expect(secondMoment2(rows)).toEqual([
      (1 + 9 + 16) / 4,
      (2 - 1.5 - 4) / 4,
      (2 - 1.5 - 4) / 4,
      (4 + 0.25 + 1 + 4) / 4,
    ]);
    m.reset();
    expect(m.count).toBe(0);
    expect(m.value().every(Number.isNaN)).toBe(true);
  });

  it('block2 and columns2 pick the chosen weights', () => {
    const M = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(block2(M, 3, [0, 2])).toEqual([0, 2, 6, 8]);
    const rows = Float64Array.from([1, 2, 3, 4, 5, 6]);
    expect(Array.from(columns2(rows, 3, [2, 0]))).toEqual([3, 1, 6, 4]);
  });
});
