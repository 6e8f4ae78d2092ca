import { useMemo } from 'react';
import { SECONDARY_SETTLE_MS, useSettled } from '../../components/useSettled';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { ProximalRequest, SequenceRequest } from '../../core/proximal';
import { toRequest, type ProximalParams } from './params';

export const PANEL = 'proximal' as const;
const SEQ_CHANNEL = 'proximal-sequence';
const SAME_CHANNEL = 'proximal-same-compute';
type SequenceBase = Omit<SequenceRequest, 'batches'>;

/**
 * The four views (re-solved on every change), the same-compute comparison and, when switched on,
 * the sequence mode. The last two ignore the batch centre (moving the batch does not re-run them)
 * and follow the other settings once they rest (SECONDARY_SETTLE_MS): each costs 60–90 ms, three
 * times the four views' re-solve, and computed on every step of a λ drag they left the views'
 * replies superseded before they arrived.
 */
export function useProximal(p: ProximalParams | undefined) {
  const job = useMemo<Job | null>(
    () => (p ? { kind: 'proximal', input: toRequest(p) } : null),
    [p],
  );
  const seqBatches = p?.seq ?? 0;
  const pool = p?.pool ?? 0;
  const baseKey = useSettled(
    p ? JSON.stringify(omitCenter(toRequest(p))) : '',
    SECONDARY_SETTLE_MS,
  );
  const seqJob = useMemo<Job | null>(
    () =>
      baseKey && seqBatches > 0
        ? {
            kind: 'proximal-sequence',
            input: { ...(JSON.parse(baseKey) as SequenceBase), batches: seqBatches },
          }
        : null,
    [baseKey, seqBatches],
  );
  const sameJob = useMemo<Job | null>(
    () =>
      baseKey
        ? {
            kind: 'proximal-same-compute',
            input: { ...(JSON.parse(baseKey) as SequenceBase), pool },
          }
        : null,
    [baseKey, pool],
  );
  const main = useJob(PANEL, PANEL, job, 'proximal');
  const seq = useJob(PANEL, SEQ_CHANNEL, seqJob, 'proximal-sequence');
  const same = useJob(PANEL, SAME_CHANNEL, sameJob, 'proximal-same-compute');
  return {
    out: main.result?.output ?? null,
    error: main.error,
    seq: p && p.seq > 0 ? (seq.result?.output ?? null) : null,
    seqError: p && p.seq > 0 ? seq.error : undefined,
    same: same.result?.output ?? null,
    sameError: same.error,
  };
}

function omitCenter(r: ProximalRequest): SequenceBase {
  const { batchCenter: _unused, ...rest } = r;
  void _unused;
  return rest;
}
