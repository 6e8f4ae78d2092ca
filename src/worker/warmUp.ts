/**
 * Idle-time warm-up of a panel's inline job. A kind's code runs several times slower until the
 * JavaScript engine has optimized it (measured on Preconditioning: 4–7 ms per η step for the
 * first ~15 steps after the panel opened, 1 ms after), and the router sends a class that
 * measures over its cap to the worker, a frame late: a student's first key presses were the slow
 * ones. Re-running the panel's current job a few times while the page is idle, results
 * discarded, lets that happen before the first key press. Runs only when the browser says it is
 * idle and the run fits in the idle time left; stops when the channel gets a newer job.
 */

/** Idle callback scheduler (`requestIdleCallback` in browsers). */
export type IdleScheduler = (cb: (deadline: { timeRemaining(): number }) => void) => void;

/** Runs per warm-up, its total compute budget (ms), and idle callbacks it may wait through. */
export const WARM_RUNS = 12;
export const WARM_BUDGET_MS = 120;
const WARM_WAITS = 60;

/** `requestIdleCallback` where the browser has it; no warm-up elsewhere (Node, Safari). */
export const browserIdle: IdleScheduler | null =
  typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb) : null;

/**
 * Calls `run` (which returns its compute time, ms) in idle periods until WARM_RUNS runs, the
 * budget is spent, or `wanted()` turns false.
 */
export function warmUp(run: () => number, wanted: () => boolean, idle: IdleScheduler) {
  let runs = 0;
  let spent = 0;
  let waits = 0;
  let last = 1;
  const step = (deadline: { timeRemaining(): number }) => {
    if (!wanted() || runs >= WARM_RUNS || spent >= WARM_BUDGET_MS || waits >= WARM_WAITS) return;
    waits += 1;
    if (deadline.timeRemaining() > last) {
      last = Math.max(1, run());
      runs += 1;
      spent += last;
    }
    idle(step);
  };
  idle(step);
}
