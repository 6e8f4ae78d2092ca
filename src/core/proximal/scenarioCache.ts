/**
 * Pretraining w⁽ᵏ⁾ costs ~100 ms, a slider move must cost a few: keep the last few scenarios.
 * Results are pure functions of the seed, so a cache cannot change what is computed. Callers must
 * not modify the returned arrays.
 */
import { createScenario, type Scenario } from './scenario';

const cache = new Map<number, Scenario>();
const MAX = 4;

export function getScenario(seed: number): Scenario {
  let sc = cache.get(seed);
  if (!sc) {
    sc = createScenario(seed);
    cache.set(seed, sc);
    if (cache.size > MAX) cache.delete(cache.keys().next().value as number);
  }
  return sc;
}
