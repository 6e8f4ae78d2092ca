/**
 * A small memo of inner runs. Dragging λ_FSD leaves the Loss + WSD view's objective unchanged (and
 * dragging λ_WSD the Loss + FSD view's), so one of the three K-step runs can be reused: a third
 * of a slider move's work. Runs are pure functions of the key, so the memo cannot change a result.
 * Callers must not modify or transfer the stored arrays (copy them into results).
 */
import type { InnerRun } from './inner';

const cache = new Map<string, InnerRun>();
const MAX = 12;

export function cachedRun(key: string, run: () => InnerRun): InnerRun {
  const hit = cache.get(key);
  if (hit) {
    // Refresh its position so the entries in use are the last to be evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const fresh = run();
  cache.set(key, fresh);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return fresh;
}
