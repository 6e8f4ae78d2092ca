import { describe, expect, it } from 'vitest';
import { sweepHorizon } from './sweepHorizon';

describe('sweepHorizon', () => {
  it('is the smallest of 20, 40, 80, … holding the budget, capped at the slider maximum', () => {
    expect([1, 20, 21, 40, 41, 161, 320].map((s) => sweepHorizon(s))).toEqual([
      20, 20, 40, 40, 80, 320, 320,
    ]);
    expect(sweepHorizon(321, 500)).toBe(500);
    expect(sweepHorizon(500, 500)).toBe(500);
    expect(sweepHorizon(600, 500)).toBe(600); // never below the budget itself
  });
});
