import { useStore } from '../../state/store';

/**
 * Whether presenter mode is on. Figures that cap their size for reading use it to take the
 * whole height the presenter stage gives them instead.
 */
export function usePresent(): boolean {
  return useStore((s) => (s.panel ? s.params[s.panel]?.present === '1' : false));
}
