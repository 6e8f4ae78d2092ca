import type { PanelId } from '../../params/panelIds';
import { useMemo } from 'react';
import type { Field } from '../../core/field/field';
import type { Opt2dResult } from '../../core/newton/compute';
import type { MethodId } from '../../core/types';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from './fieldCache';
import type { Opt2dParams } from './opt2dParams';

const FIELD_RES = 160;
// The contour field only changes with the problem, so it is kept here and not re-sent per move.
const fields = createFieldCache();

export interface Opt2dView {
  output: Opt2dResult | null;
  field: Field | null;
  error: string | undefined;
  computeMs: number;
}

/** Submits the panel's computation on every parameter change and returns the newest result. */
export function useOpt2d(panel: PanelId, p: Opt2dParams | undefined, focus: MethodId): Opt2dView {
  const job = useMemo<Job | null>(
    () =>
      p
        ? {
            kind: 'opt2d',
            input: {
              problem: p.problem,
              kappa: p.kappa,
              f: p.f,
              range: p.range,
              x0: p.x0,
              lr: p.lr,
              eta: p.eta,
              steps: p.steps,
              methods: p.show.includes(focus) ? p.show : [...p.show, focus],
              focus,
              k: p.k,
              knownFieldKey: fields.known(),
              fieldResolution: FIELD_RES,
            },
          }
        : null,
    [p, focus],
  );
  const { result, entry, error } = useJob(panel, panel, job, 'opt2d');
  const output = result?.output ?? null;
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  return { output, field, error, computeMs: entry?.computeMs ?? 0 };
}
