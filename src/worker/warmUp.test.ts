import { describe, expect, it } from 'vitest';
import { WARM_BUDGET_MS, WARM_RUNS, warmUp, type IdleScheduler } from './warmUp';

/** An idle scheduler the test drives: each `idle()` call answers one queued callback. */
function fakeIdle(remaining: () => number) {
  const queue: Parameters<IdleScheduler>[0][] = [];
  const schedule: IdleScheduler = (cb) => void queue.push(cb);
  const drain = (max = 1000) => {
    for (let i = 0; i < max && queue.length; i++) queue.shift()!({ timeRemaining: remaining });
  };
  return { schedule, drain, pending: () => queue.length };
}

describe('warmUp', () => {
  it('runs the job WARM_RUNS times in idle periods, then stops', () => {
    const idle = fakeIdle(() => 50);
    let runs = 0;
    warmUp(
      () => (runs++, 2),
      () => true,
      idle.schedule,
    );
    expect(runs).toBe(0); // nothing runs before the browser is idle
    idle.drain();
    expect(runs).toBe(WARM_RUNS);
    expect(idle.pending()).toBe(0);
  });

  it('stops as soon as the channel has a newer job', () => {
    const idle = fakeIdle(() => 50);
    let runs = 0;
    warmUp(
      () => (runs++, 2),
      () => runs < 3,
      idle.schedule,
    );
    idle.drain();
    expect(runs).toBe(3);
  });

  it('never starts a run longer than the idle time left, and gives up waiting', () => {
    const idle = fakeIdle(() => 3);
    let runs = 0;
    warmUp(
      () => (runs++, 5),
      () => true,
      idle.schedule,
    );
    idle.drain();
    // The first run (cost unknown, assumed 1 ms) fits; after it measured 5 ms none does.
    expect(runs).toBe(1);
    expect(idle.pending()).toBe(0);
  });

  it('keeps within its compute budget', () => {
    const idle = fakeIdle(() => 1000);
    let runs = 0;
    warmUp(
      () => (runs++, 50),
      () => true,
      idle.schedule,
    );
    idle.drain();
    expect(runs).toBe(Math.ceil(WARM_BUDGET_MS / 50));
  });
});
