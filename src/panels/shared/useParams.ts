import { useCallback } from 'react';
import { clampParam } from '../../params/codec';
import type { PanelId } from '../../params/panelIds';
import type {
  AnyParams,
  Decls,
  NumberDecl,
  ParamsOf,
  ParamValue,
  ValueOf,
  Vec2Decl,
} from '../../params/spec';
import { useStore } from '../../state/store';

export type SetParams<T extends Decls> = (patch: Partial<ParamsOf<T>>) => void;

/** Props of a component that shows and changes a panel's parameters. */
export interface ParamsProps<T extends Decls> {
  p: ParamsOf<T>;
  set: SetParams<T>;
}

/**
 * A panel's validated parameters and a setter that clamps with the URL's rules (the same
 * declarations), so a control can never put a value in the store that a link could not hold.
 */
export function usePanelParams<T extends Decls>(panel: PanelId, decls: T) {
  const params = useStore((s) => s.params[panel]) as ParamsOf<T> | undefined;
  const setParams = useStore((s) => s.setParams);
  const set = useCallback<SetParams<T>>(
    (patch) => {
      const clean: AnyParams = {};
      for (const [k, v] of Object.entries(patch)) {
        const d = decls[k];
        if (d && v !== undefined) clean[k] = clampParam({ ...d, key: k }, v as ParamValue);
      }
      setParams(panel, clean);
    },
    [panel, decls, setParams],
  );
  return [params, set] as const;
}

/**
 * Props for a declared control: `<ParamSlider {...bind('eta')} />`. `patch` turns a new value into
 * the full change when a parameter drags others along (steps also clamps k).
 */
export function binder<T extends Decls>(decls: T, p: ParamsOf<T>, set: SetParams<T>) {
  const bind = <K extends keyof T & string>(
    key: K,
    patch?: (v: ValueOf<T[K]>) => Partial<ParamsOf<T>>,
  ) => ({
    spec: { ...decls[key], key } as T[K] & { readonly key: K },
    value: p[key] as ValueOf<T[K]>,
    onChange: (v: ValueOf<T[K]>) =>
      set(patch ? patch(v) : ({ [key]: v } as unknown as Partial<ParamsOf<T>>)),
  });
  /**
   * A slider on coordinate i of a vec2 parameter, named `label` (also in its spoken value):
   * `<ParamSlider {...bind.coord('w', 0, 'Weight w₁')} testId="w1" />`. Range from the vec2.
   */
  const coord = <K extends VecKeys<T>>(key: K, i: 0 | 1, label: string) => {
    const d = decls[key] as Vec2Decl;
    const v = p[key] as readonly [number, number];
    const spec: NumberDecl & { readonly key: K } = {
      kind: 'number',
      key,
      label,
      help: d.help,
      min: d.min,
      max: d.max,
      default: d.default[i],
    };
    return {
      spec,
      value: v[i],
      onChange: (x: number) =>
        set({ [key]: i === 0 ? [x, v[1]] : [v[0], x] } as unknown as Partial<ParamsOf<T>>),
    };
  };
  return Object.assign(bind, { coord });
}

type VecKeys<T extends Decls> = {
  [K in keyof T & string]: T[K] extends Vec2Decl ? K : never;
}[keyof T & string];
