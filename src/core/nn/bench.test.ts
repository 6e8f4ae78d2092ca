import { describe, expect, it } from 'vitest';
import { benchGradient } from './bench';

// Only the counting against an injected clock is tested here; the real throughput is a number
// `npm run bench` reports (scripts/bench/nn.ts), never a pass/fail threshold.

describe('benchGradient', () => {
  it('counts evaluations against the injected clock', () => {
    let t = 0;
    // A fake clock that advances 10 ms per reading: 16 + 32 evaluations reach 20 ms.
    const result = benchGradient(() => (t += 10) - 10, { minMillis: 20, warmup: 0 });
    expect(result.evals).toBe(48);
    expect(result.millis).toBe(20);
    expect(result.evalsPerSecond).toBe(2400);
    expect(Number.isFinite(result.loss)).toBe(true);
  });

  it('terminates with a stuck clock', () => {
    const result = benchGradient(() => 0, { maxEvals: 100, warmup: 0 });
    expect(result.evals).toBeGreaterThanOrEqual(100);
  });
});
