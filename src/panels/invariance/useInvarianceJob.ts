import { useMemo } from 'react';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { toView } from './methods';
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
  // The core names its rules by curvature; the panel speaks its public method ids.
  const output = useMemo(() => (result ? toView(result.output) : null), [result]);
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const phiField = useMemo(() => stablePhi(output?.phiView ?? null), [output]);
  return { output, field, phiField, error };
}
