import { useMemo } from 'react';
import type { InvarianceResult } from '../../core/precond/computeInvariance';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { INV_PANEL, type InvParams } from './params';
import { invarianceRequest } from './request';

const fields = createFieldCache();
const stablePhi = createStableField();

/** Submits the panel's computation on every parameter change; returns the newest result. */
export function useInvarianceJob(p: InvParams | undefined) {
  const job = useMemo<Job | null>(
    () => (p ? { kind: 'invariance', input: invarianceRequest(p, fields.known()) } : null),
    [p],
  );
  const { result, error } = useJob(INV_PANEL, INV_PANEL, job, 'invariance');
  const output: InvarianceResult | null = result?.output ?? null;
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const phiField = useMemo(() => stablePhi(output?.phiView ?? null), [output]);
  return { output, field, phiField, error };
}
