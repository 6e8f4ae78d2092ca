/**
 * The sequence mode's caption as computed claims (src/core/claims/claim.ts): each method's
 * progress on the region w⁽ᵏ⁾ fitted poorly and its worst loss on the region it had learned, and
 * whether the proximal terms kept the old fit better than fitting each batch alone.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { SequenceResult, SequenceRun } from './sequence';

export type SequenceClaimKind = 'seq.run' | 'seq.kept';

const NAMES = { proximal: 'Proximal', sgd: 'SGD', 'loss-only': 'Loss only' } as const;

function runClaim(r: SequenceRun, n: number): Claim<SequenceClaimKind> {
  const name = NAMES[r.method];
  if (r.status === 'diverged')
    return claim('seq.run', `${name} diverged at batch ${r.divergedAt}.`, {
      method: r.method,
      divergedAt: r.divergedAt ?? -1,
    });
  const worst = Math.max(...r.seenLoss);
  return claim(
    'seq.run',
    `${name}: new-region loss ${num(r.newLoss[0])} → ${num(r.newLoss[n])}, worst old-region loss ${num(worst)} (${r.gradientEvals} gradient evaluations).`,
    { method: r.method, newEnd: r.newLoss[n], worst, evals: r.gradientEvals },
  );
}

export function sequenceClaims(seq: SequenceResult): Claim<SequenceClaimKind>[] {
  const n = seq.batches.length;
  const out = seq.runs.map((r) => runClaim(r, n));
  const prox = seq.runs.find((r) => r.method === 'proximal')!;
  const lone = seq.runs.find((r) => r.method === 'loss-only')!;
  if (prox.status === 'ok' && lone.status === 'ok') {
    const better = Math.max(...prox.seenLoss) < Math.max(...lone.seenLoss);
    out.push(
      claim(
        'seq.kept',
        better
          ? 'The proximal terms kept the old fit better than fitting each batch alone.'
          : 'Here the proximal terms did not keep the old fit better than fitting each batch alone; raise λ_FSD.',
        { better },
      ),
    );
  }
  return out;
}
