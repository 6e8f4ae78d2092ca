import { useEffect, useMemo } from 'react';
import { columns } from '../../core/linalg/mat2';
import type { PrecondResult } from '../../core/precond/computePrecond';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { matrixR, PRECOND_PANEL, type PrecondParams } from './params';
import { precondRequest } from './request';

const fields = createFieldCache();
const stableTilde = createStableField();

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
  const tildeField = useMemo(() => stableTilde(output?.tilde ?? null), [output]);
  return { output, field, tildeField, error };
}

/**
 * A typed objective's preset R is built in the worker (only it knows the Hessian): copy it into
 * the URL's r1, r2 when it arrives, so the matrix fields, the arrows and shared links show it.
 */
export function usePresetR(
  p: PrecondParams | undefined,
  out: PrecondResult | null,
  setRaw: (patch: Partial<PrecondParams>) => void,
) {
  const R = p?.problem === 'custom' && p.preset !== 'custom' ? out?.fixedR : undefined;
  const inUrl = p ? matrixR(p) : null;
  const stale = !!(R && inUrl && R.some((v, i) => v !== inUrl[i]));
  useEffect(() => {
    if (!R || !stale) return;
    const [r1, r2] = columns(R);
    setRaw({ r1, r2 });
  }, [R, stale, setRaw]);
}
