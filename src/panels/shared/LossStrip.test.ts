import { describe, expect, it } from 'vitest';
import { yScale } from './LossStrip';

describe('LossStrip y range', () => {
  it('gives a single loss (predict mode at k = 0) a span around it', () => {
    const { logY, yDomain } = yScale([24.2]);
    expect(logY).toBe(false);
    expect(yDomain[0]).toBeLessThan(24.2);
    expect(yDomain[1]).toBeGreaterThan(24.2);
    expect(yDomain[1] - yDomain[0]).toBeCloseTo(0.1 * 24.2, 10);
  });

  it('gives a loss of exactly 0 a positive span', () => {
    const { yDomain } = yScale([0, 0]);
    expect(yDomain[1] - yDomain[0]).toBeGreaterThan(0);
  });

  it('pads a spread of losses by 5 % each side, and goes log past two decades', () => {
    expect(yScale([1, 3]).yDomain).toEqual([0.9, 3.1]);
    expect(yScale([1e-4, 1]).logY).toBe(true);
  });
});
