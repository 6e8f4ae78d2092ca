/**
 * How many steps the deviation sweep's runs are computed for, given the budget asked: the
 * smallest of 20, 40, 80, … (capped at `max`) that holds it, so a steps drag recomputes the
 * sweep only when it crosses one (log₂ times on the way to the slider's maximum).
 */
export const SWEEP_FIRST_HORIZON = 20;

export function sweepHorizon(steps: number, max = Infinity): number {
  let h = SWEEP_FIRST_HORIZON;
  while (h < steps) h *= 2;
  return Math.min(Math.max(h, steps), Math.max(max, steps));
}
