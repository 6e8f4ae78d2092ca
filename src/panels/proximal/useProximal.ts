import { useMemo } from 'react';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { ProximalRequest, SequenceRequest } from '../../core/proximal';
import { toRequest, type ProximalParams } from './params';

export const PANEL = 'proximal' as const;
const SEQ_CHANNEL = 'proximal-sequence';
type SequenceBase = Omit<SequenceRequest, 'batches'>;

/** The four views (re-solved on every change) and, when switched on, the sequence mode. */
export function useProximal(p: ProximalParams | undefined) {
  const job = useMemo<Job | null>(
    () => (p ? { kind: 'proximal', input: toRequest(p) } : null),
    [p],
  );
  // The sequence job ignores the batch centre, so moving the batch does not re-run it.
  const seqBatches = p?.seq ?? 0;
  const seqInput: SequenceBase | undefined = p && omitCenter(toRequest(p));
  const seqKey = seqInput ? JSON.stringify(seqInput) : '';
  const seqJob = useMemo<Job | null>(
    () =>
      seqKey && seqBatches > 0
        ? {
            kind: 'proximal-sequence',
            input: { ...(JSON.parse(seqKey) as SequenceBase), batches: seqBatches },
          }
        : null,
    [seqKey, seqBatches],
  );
  const main = useJob(PANEL, PANEL, job, 'proximal');
  const seq = useJob(PANEL, SEQ_CHANNEL, seqJob, 'proximal-sequence');
  return {
    out: main.result?.output ?? null,
    error: main.error,
    seq: p && p.seq > 0 ? (seq.result?.output ?? null) : null,
    seqError: p && p.seq > 0 ? seq.error : undefined,
  };
}

function omitCenter(r: ProximalRequest): SequenceBase {
  const { batchCenter: _unused, ...rest } = r;
  void _unused;
  return rest;
}
