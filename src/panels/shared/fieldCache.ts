import type { Field } from '../../core/field/field';

/**
 * A panel's memory of the contour fields it has received, so the worker is told which field the
 * page already holds and sends it only when the problem changes (not on every drag).
 */
export function createFieldCache(max = 8) {
  const cache = new Map<string, Field>();
  let last: string | null = null;
  return {
    /** The key to send as `knownFieldKey`. */
    known(): string | null {
      return last !== null && cache.has(last) ? last : null;
    },
    /** Stores a field from a result (when it carried one) and returns the field for `key`. */
    resolve(key: string, field: Field | null): Field | null {
      if (field) {
        cache.set(field.key, field);
        last = field.key;
        if (cache.size > max) cache.delete(cache.keys().next().value as string);
      }
      return cache.get(key) ?? null;
    },
  };
}
