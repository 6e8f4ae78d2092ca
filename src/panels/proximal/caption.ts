import { claimText } from '../../core/claims/claim';
import {
  proximalClaims,
  sameComputeClaims,
  type InnerMethod,
  type ProximalResult,
  type SameComputeResult,
  type SequenceResult,
} from '../../core/proximal';
import { plainNum } from '../shared/texNumbers';
import { toRequest, type ProximalParams } from './params';

/** The panel's caption: the claims of src/core/proximal/claims.ts for the state on screen. */
export const proximalCaption = (out: ProximalResult, p: ProximalParams) =>
  claimText(proximalClaims(out, toRequest(p)));

/** The sequence mode's caption: progress on the new region vs forgetting of the old one. */
export function sequenceCaption(seq: SequenceResult): string {
  const get = (m: string) => seq.runs.find((r) => r.method === m)!;
  const n = seq.batches.length;
  const parts = seq.runs.map((r) => {
    const name = r.method === 'loss-only' ? 'Loss only' : r.method === 'sgd' ? 'SGD' : 'Proximal';
    if (r.status === 'diverged') return `${name} diverged at batch ${r.divergedAt}.`;
    return `${name}: new-region loss ${plainNum(r.newLoss[0])} → ${plainNum(r.newLoss[n])}, worst old-region loss ${plainNum(Math.max(...r.seenLoss))} (${r.gradientEvals} gradient evaluations).`;
  });
  const prox = get('proximal');
  const lone = get('loss-only');
  if (prox.status === 'ok' && lone.status === 'ok') {
    const forgetsLess = Math.max(...prox.seenLoss) < Math.max(...lone.seenLoss);
    parts.push(
      forgetsLess
        ? 'The proximal terms kept the old fit better than fitting each batch alone.'
        : 'Here the proximal terms did not keep the old fit better than fitting each batch alone; raise λ_FSD.',
    );
  }
  return parts.join(' ');
}

/** The same-compute chart's caption: the claims of src/core/proximal/sameComputeClaims.ts. */
export const sameComputeCaption = (r: SameComputeResult, method: InnerMethod) =>
  claimText(sameComputeClaims(r, method));
