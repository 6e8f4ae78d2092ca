import { useMemo } from 'react';

/**
 * The value `make()` built for `key`, rebuilt only when the key changes: memoized children (e.g.
 * contour layers) then skip work when a new result describes the same picture. The caller
 * promises that `key` identifies everything `make` reads.
 */
export function useStableByKey<T>(key: string, make: () => T): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for make's inputs
  return useMemo(() => make(), [key]);
}
