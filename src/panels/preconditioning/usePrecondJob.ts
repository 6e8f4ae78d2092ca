import { useMemo } from 'react';
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
  const tildeField = useMemo(() => placedTilde(output?.tilde ?? null), [output]);
  return { output, field, tildeField, error };
}
