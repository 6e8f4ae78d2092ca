import { useMemo } from 'react';
import { useStableByKey } from '../../components/useStableByKey';
import { sweepKeyOf } from '../../core/precond/computeInvariance';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { toView } from './methods';
import { INV_PANEL, type InvParams } from './params';
import { invarianceRequest } from './request';

const fields = createFieldCache();
const stablePhi = createStableField();

/**
 * Two jobs on two channels: the runs in θ and φ (about a millisecond: the page's thread computes
 * them in the frame of the change) and the deviation-vs-η sweep (tens of runs: the worker's).
 * The sweep does not depend on η, so an η move submits only the first; a steps or M move gets its
 * runs at once and the sweep's new curve when the worker has it.
 */
export function useInvarianceJob(p: InvParams | undefined) {
  const job = useMemo<Job | null>(
    () =>
      p
        ? {
            kind: 'invariance',
            input: { ...invarianceRequest(p, fields.known()), omitSweep: true },
          }
        : null,
    [p],
  );
  // Everything but η (and the field the page holds, which the sweep does not send).
  const sweepInput = p ? { ...invarianceRequest(p, null), eta: 0 } : null;
  const sweepKey = sweepInput ? sweepKeyOf(sweepInput) : null;
  const sweepJob = useStableByKey<Job | null>(sweepKey ?? '', () =>
    sweepInput ? { kind: 'invariance-sweep', input: sweepInput } : null,
  );
  const { result, error } = useJob(INV_PANEL, INV_PANEL, job, 'invariance');
  const sweep = useJob(INV_PANEL, `${INV_PANEL}:sweep`, sweepJob, 'invariance-sweep');
  const sweepOut = sweep.result?.output ?? null;
  // The core names its rules by curvature; the panel speaks its public method ids.
  const output = useMemo(
    () => (result ? toView(result.output, sweepOut, sweepKey) : null),
    [result, sweepOut, sweepKey],
  );
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const phiField = useMemo(() => stablePhi(output?.phiView ?? null), [output]);
  return { output, field, phiField, error: error ?? sweep.error };
}
