import { claimText } from '../../core/claims/claim';
import {
  sameComputeClaims,
  type InnerMethod,
  type ProximalResult,
  type SameComputeResult,
  type SequenceResult,
} from '../../core/proximal';
import { plainNum } from '../shared/texNumbers';
import type { ProximalParams } from './params';
import { VIEW_STYLE } from './style';

/** How far NGD may be from the proximal result and still be called a good first-order match. */
export const NGD_CLOSE = 0.1;

/** The panel's caption: what the batch is, what each view did, and how NGD compares. */
export function proximalCaption(out: ProximalResult, p: ProximalParams): string {
  const [prev, ...rest] = out.views;
  const parts: string[] = [];
  parts.push(
    `The new batch: ${out.batch.length} point${out.batch.length === 1 ? '' : 's'} nearest x = ${plainNum(p.center)}, ` +
      `where w⁽ᵏ⁾ has batch loss ${plainNum(prev.terms.loss)}` +
      (Number.isNaN(prev.retainedLoss)
        ? '.'
        : ` (on the points it was trained on: ${plainNum(prev.retainedLoss)}).`),
  );
  const proxViews = rest.filter((v) => v.id !== 'ngd' && v.id !== 'sgd');
  const ok = proxViews.filter((v) => v.status === 'ok');
  for (const v of proxViews) {
    const label = VIEW_STYLE[v.id].label;
    if (v.status === 'diverged') {
      parts.push(
        `${label}: GD on the proximal objective diverged at inner step ${v.divergedAt} — α = ${plainNum(p.lr)} is too large for these λ's (near w⁽ᵏ⁾ GD is stable only for α < 2/L ≈ ${plainNum(v.lrLimit)}).`,
      );
    } else {
      parts.push(
        `${label}: batch loss ${plainNum(prev.terms.loss)} → ${plainNum(v.terms.loss)}, loss on the old points ${plainNum(prev.retainedLoss)} → ${plainNum(v.retainedLoss)}.`,
      );
    }
  }
  if (ok.length >= 2 && !Number.isNaN(prev.retainedLoss)) {
    const best = ok.reduce((a, b) => (b.retainedLoss < a.retainedLoss ? b : a));
    // Only name a winner that is clearly ahead (with both λ's at 0 all views coincide).
    const clear = ok.every((v) => v === best || v.retainedLoss > best.retainedLoss * (1 + 1e-6));
    if (clear)
      parts.push(`${VIEW_STYLE[best.id].label} forgot the least of what w⁽ᵏ⁾ had learned.`);
  }
  parts.push(ngdSentence(out, p));
  return parts.join(' ');
}

function ngdSentence(out: ProximalResult, p: ProximalParams): string {
  const ngd = out.views.find((v) => v.id === 'ngd');
  const both = out.views.find((v) => v.id === 'both');
  if (!ngd || ngd.status !== 'ok') {
    return p.lfsd === 0 && p.lwsd === 0
      ? 'With λ_FSD = λ_WSD = 0 the NGD model (a linear loss) has no minimum, so there is no NGD step.'
      : 'With λ_WSD = 0 the NGD model has no minimum: the FSD inputs do not constrain every direction the batch gradient points in. Add some WSD damping.';
  }
  if (!both || both.status !== 'ok') {
    return 'The NGD step exists, but the proximal run it should be compared with diverged.';
  }
  const d = out.ngd.stepDeparture;
  return (
    `The NGD step (linearized loss + quadratic FSD + WSD damping) differs from the Loss + WSD + FSD step by ${plainNum(100 * d)}% of its length` +
    (d < NGD_CLOSE
      ? ': the step is small, and NGD is its first-order approximation.'
      : ': for a step this large the linearized loss misleads; larger λ’s make the step smaller and the two agree.')
  );
}

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
