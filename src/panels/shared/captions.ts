import type { Run2 } from '../../core/types';
import { METHOD_STYLE } from '../../components/palette';

type EndKind = 'min' | 'saddle' | 'max' | 'degenerate' | null;

const KIND_WORD: Record<Exclude<EndKind, null>, string> = {
  min: 'a minimum',
  saddle: 'a saddle point',
  max: 'a maximum',
  degenerate: 'a degenerate stationary point',
};

/** Short status chip text, e.g. "converged in 5", "diverged at step 4". */
export function statusChip(run: Pick<Run2, 'status' | 'steps' | 'divergedAt'>): string {
  if (run.status === 'converged') return `converged in ${run.steps}`;
  if (run.status === 'diverged') return `diverged at step ${run.divergedAt ?? run.steps}`;
  return `not converged after ${run.steps}`;
}

/** One plain sentence per run that is true to its state (never "converges" beside a diverging run). */
export function runSentence(run: Run2, end: EndKind): string {
  const name = METHOD_STYLE[run.method].label;
  if (run.status === 'converged') {
    const where = end ? KIND_WORD[end] : 'a stationary point';
    const warn =
      end === 'saddle' || end === 'max' ? ' — a stationary point, but not a minimum' : '';
    return `${name} converged to ${where} in ${run.steps} step${run.steps === 1 ? '' : 's'}${warn}.`;
  }
  if (run.status === 'diverged') {
    const why =
      run.reason && /singular/.test(run.reason) ? ` (${run.reason})` : ': the iterates blew up';
    return `${name} diverged at step ${run.divergedAt ?? run.steps}${why}.`;
  }
  return `${name} has not converged after ${run.steps} steps.`;
}
