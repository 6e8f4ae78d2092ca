import { describe, expect, it } from 'vitest';
import { countAt, REVEAL_MS, timeFor } from './reveal';

describe('reveal timing', () => {
  it('starts at 0, ends at the total, and never decreases', () => {
    expect(countAt(0, 2000)).toBe(0);
    expect(countAt(REVEAL_MS, 2000)).toBe(2000);
    expect(countAt(10 * REVEAL_MS, 2000)).toBe(2000);
    let prev = 0;
    for (let t = 0; t <= REVEAL_MS; t += 17) {
      const c = countAt(t, 2000);
      expect(c).toBeGreaterThanOrEqual(prev);
      prev = c;
    }
  });

  it('the first samples arrive slowly (quadratic ramp)', () => {
    expect(countAt(REVEAL_MS / 10, 2000)).toBe(20);
    expect(countAt(REVEAL_MS / 2, 2000)).toBe(500);
  });

  it('timeFor inverts countAt, so play resumes where it paused', () => {
    for (const n of [1, 20, 500, 1999]) expect(countAt(timeFor(n, 2000), 2000)).toBe(n);
  });
});
