import type { Run2 } from '../../core/types';

/**
 * Short status chip text, e.g. "converged in 5", "diverged at step 4", "cycling (period 2)". The
 * first word is the chip's style (Legend: `status-<word>`). The sentences about runs are computed
 * claims (src/core/newton/runClaims.ts).
 */
export function statusChip(run: Pick<Run2, 'status' | 'steps' | 'divergedAt' | 'cycle'>): string {
  if (run.status === 'converged') return `converged in ${run.steps}`;
  if (run.status === 'diverged') return `diverged at step ${run.divergedAt ?? run.steps}`;
  if (run.status === 'cycling') return `cycling (period ${run.cycle?.period ?? '?'})`;
  return `not converged after ${run.steps}`;
}
