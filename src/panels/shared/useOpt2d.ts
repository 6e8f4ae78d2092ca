import { useEffect, useMemo } from 'react';
import type { Field, Opt2dResult } from '../../core/compute/opt2d';
import type { MethodId } from '../../core/types';
import { submitJob } from '../../state/engineClient';
import { useStore } from '../../state/store';
import type { Opt2dParams } from './opt2dParams';

const FIELD_RES = 160;
// The contour field only changes with the problem, so it is kept here and not re-sent per move.
const fieldCache = new Map<string, Field>();
let lastFieldKey: string | null = null;

function remember(field: Field) {
  fieldCache.set(field.key, field);
  lastFieldKey = field.key;
  if (fieldCache.size > 8) fieldCache.delete(fieldCache.keys().next().value as string);
}

export interface Opt2dView {
  output: Opt2dResult | null;
  field: Field | null;
  error: string | undefined;
  computeMs: number;
}

/** Submits the panel's computation on every parameter change and returns the newest result. */
export function useOpt2d(panel: string, p: Opt2dParams | undefined, focus: MethodId): Opt2dView {
  const channel = panel;
  useEffect(() => {
    if (!p) return;
    const since = useStore.getState().changedAt[panel];
    submitJob(
      channel,
      {
        kind: 'opt2d',
        input: {
          problem: p.problem,
          kappa: p.kappa,
          x0: p.x0,
          lr: p.lr,
          eta: p.eta,
          steps: p.steps,
          methods: p.show.includes(focus) ? p.show : [...p.show, focus],
          focus,
          k: p.k,
          knownFieldKey: lastFieldKey && fieldCache.has(lastFieldKey) ? lastFieldKey : null,
          fieldResolution: FIELD_RES,
        },
      },
      since,
    );
  }, [channel, panel, p, focus]);

  const entry = useStore((s) => s.results[channel]);
  const error = useStore((s) => s.errors[channel]);
  const output = entry?.result.kind === 'opt2d' ? entry.result.output : null;
  const field = useMemo(() => {
    if (!output) return null;
    if (output.field) remember(output.field);
    return fieldCache.get(output.fieldKey) ?? null;
  }, [output]);

  // curvlab:update spans the user's change to the frame that first shows its result.
  useEffect(() => {
    if (!entry) return;
    const id = requestAnimationFrame(() => {
      try {
        performance.measure('curvlab:update', { start: entry.changedAt, end: performance.now() });
      } catch {
        /* User Timing unavailable: nothing to record. */
      }
    });
    return () => cancelAnimationFrame(id);
  }, [entry]);

  return { output, field, error, computeMs: entry?.computeMs ?? 0 };
}
