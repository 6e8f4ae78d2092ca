import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintSchedule, MAX_RETRY_MS, SETTLE_MS } from './printSchedule';

describe('print figure schedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rebuilds once, a moment after the last of many changes', () => {
    const run = vi.fn();
    const s = createPrintSchedule(run);
    for (let i = 0; i < 30; i++) {
      s.later();
      vi.advanceTimersByTime(33); // a key-repeat sequence
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('tries less and less often while there is no figure, and starts over on a change', () => {
    const tries: number[] = [];
    const s = createPrintSchedule(() => {
      tries.push(Date.now());
      s.retry(); // no figure laid out
    });
    const t0 = Date.now();
    s.later();
    vi.advanceTimersByTime(60_000);
    const gaps = tries.map((t, i) => t - (i ? tries[i - 1] : t0));
    expect(gaps.slice(0, 6)).toEqual([SETTLE_MS, 1000, 2000, 4000, 8000, 16_000]);
    expect(Math.max(...gaps)).toBe(MAX_RETRY_MS);
    expect(tries.length).toBeLessThan(10); // not 60
    s.later(); // a change: the next try a moment later again
    const before = tries.length;
    vi.advanceTimersByTime(SETTLE_MS);
    expect(tries.length).toBe(before + 1);
    s.cancel();
    vi.advanceTimersByTime(60_000);
    expect(tries.length).toBe(before + 1);
  });
});
