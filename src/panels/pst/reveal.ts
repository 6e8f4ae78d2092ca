/**
 * Timing of the sample-accumulation animation. The count grows like t² so the first samples
 * arrive one by one (a student can follow single arrows) and the last thousands rush in.
 */
export const REVEAL_MS = 6000;

/** Samples shown after `ms` of playing, out of `total`. */
export function countAt(ms: number, total: number, duration = REVEAL_MS): number {
  if (!(ms > 0)) return 0;
  const f = Math.min(1, ms / duration);
  // The tolerance keeps countAt(timeFor(n)) = n despite the rounding of √.
  return Math.min(total, Math.ceil(total * f * f - 1e-9));
}

/** The playing time at which `count` samples are shown: resuming after a pause continues there. */
export function timeFor(count: number, total: number, duration = REVEAL_MS): number {
  if (total <= 0) return duration;
  return duration * Math.sqrt(Math.min(1, Math.max(0, count) / total));
}
