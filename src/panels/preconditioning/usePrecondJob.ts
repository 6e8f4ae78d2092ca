import { useMemo } from 'react';
import type { PrecondResult } from '../../core/precond/computePrecond';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import { createFieldCache } from '../shared/fieldCache';
import { createStableField } from '../shared/stableField';
import { matrixR, PRECOND_PANEL, type PrecondParams } from './params';

const FIELD_RES = 160;
const TILDE_RES = 96;
const fields = createFieldCache();
const stableTilde = createStableField();

export function precondJob(p: PrecondParams, knownFieldKey: string | null): Job {
  return {
    kind: 'precond',
    input: {
      problem: p.problem,
      kappa: p.kappa,
      angle: p.angle,
      x0: p.x0,
      lr: p.lr,
      steps: p.steps,
      k: p.k,
      R: matrixR(p),
      b: p.b,
      preset: p.preset,
      eta: p.eta,
      follow: p.curv === 'iterate',
      plainGd: p.show.includes('gd'),
      knownFieldKey,
      fieldResolution: FIELD_RES,
      tildeResolution: TILDE_RES,
    },
  };
}

/** Submits the panel's computation on every parameter change; returns the newest result. */
export function usePrecondJob(p: PrecondParams | undefined) {
  const job = useMemo(() => (p ? precondJob(p, fields.known()) : null), [p]);
  const { result, error } = useJob(PRECOND_PANEL, PRECOND_PANEL, job, 'precond');
  const output: PrecondResult | null = result?.output ?? null;
  const field = useMemo(
    () => (output ? fields.resolve(output.fieldKey, output.field) : null),
    [output],
  );
  const tildeField = useMemo(() => stableTilde(output?.tilde ?? null), [output]);
  return { output, field, tildeField, error };
}
