import { useEffect, useMemo, useReducer } from 'react';
import type { PrecondResult } from '../../core/precond/computePrecond';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createReusedField } from '../shared/stableField';
import { PRECOND_PANEL, type PrecondParams } from './params';
import { precondRequest } from './request';

const fields = createFieldCache();
const placedTilde = createReusedField();

/** Submits the panel's computation on every parameter change; returns the newest result. */
export function usePrecondJob(p: PrecondParams | undefined) {
  const job = useMemo<Job | null>(
    () => (p ? { kind: 'precond', input: precondRequest(p, fields.known()) } : null),
    [p],
  );
  const { result, error } = useJob(PRECOND_PANEL, PRECOND_PANEL, job, 'precond');
  const output: PrecondResult | null = result?.output ?? null;
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const [refreshed, refresh] = useReducer((n: number) => n + 1, 0);
  const tildeField = useMemo(
    () => placedTilde(output?.tilde ?? null),
    // `refreshed`: after `adopt`, the same output is placed again, now on its own samples.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [output, refreshed],
  );
  useEffect(() => {
    const tilde = output?.tilde;
    if (!tildeField?.due || !tilde) return;
    // After the frame that shows the change: the new contours follow one frame later.
    let timer = 0;
    const id = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        placedTilde.adopt(tilde);
        refresh();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(timer);
    };
  }, [tildeField, output]);
  return { output, field, tildeField, error };
}
