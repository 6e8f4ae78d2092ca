import { useMemo } from 'react';
import type { InvarianceResult } from '../../core/precond/computeInvariance';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { INV_PANEL, matrixM, type InvParams } from './params';

const FIELD_RES = 160;
const PHI_RES = 96;
const fields = createFieldCache();
const stablePhi = createStableField();

export function invarianceJob(p: InvParams, knownFieldKey: string | null): Job {
  return {
    kind: 'invariance',
    input: {
      problem: p.problem,
      kappa: p.kappa,
      x0: p.x0,
      lr: p.lr,
      eta: p.eta,
      steps: p.steps,
      M: matrixM(p),
      c: p.c,
      methods: p.show,
      knownFieldKey,
      fieldResolution: FIELD_RES,
      phiResolution: PHI_RES,
    },
  };
}

/** Submits the panel's computation on every parameter change; returns the newest result. */
export function useInvarianceJob(p: InvParams | undefined) {
  const job = useMemo(() => (p ? invarianceJob(p, fields.known()) : null), [p]);
  const { result, error } = useJob(INV_PANEL, INV_PANEL, job, 'invariance');
  const output: InvarianceResult | null = result?.output ?? null;
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const phiField = useMemo(() => stablePhi(output?.phiView ?? null), [output]);
  return { output, field, phiField, error };
}
