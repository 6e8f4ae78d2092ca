import { useEffect, useState } from 'react';

/**
 * How long a panel's settings rest before its costly secondary views follow them (Proximal's
 * same-compute and sequence runs, Hessian-free's PCG study: 60–240 ms each, longer than a key
 * step, and computed by the one worker that also computes the view being dragged).
 */
export const SECONDARY_SETTLE_MS = 250;

/**
 * `value` once it has stayed the same for `ms` (the first value at once): for a costly secondary
 * computation that should follow a slider only when it rests, so that during a drag the worker
 * spends its time on the view the slider drives.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}
