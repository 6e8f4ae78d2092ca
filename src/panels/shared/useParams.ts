import { useCallback } from 'react';
import { panelMeta } from '../catalog';
import { useStore } from '../../state/store';
import { clampParam, type Params } from '../../state/urlSchema';

/** A panel's validated parameters and a setter that clamps with the URL's rules. */
export function usePanelParams<P extends Params>(panel: string) {
  const params = useStore((s) => s.params[panel]) as P | undefined;
  const setParams = useStore((s) => s.setParams);
  const set = useCallback(
    (patch: Partial<P>) => {
      const meta = panelMeta(panel);
      const clean: Params = {};
      for (const [k, v] of Object.entries(patch)) {
        const spec = meta?.schema.find((s) => s.key === k);
        if (spec && v !== undefined) clean[k] = clampParam(spec, v as Params[string]);
      }
      setParams(panel, clean);
    },
    [panel, setParams],
  );
  return [params, set] as const;
}
