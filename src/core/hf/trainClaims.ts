/**
 * The training view's caption as computed claims (src/core/claims/claim.ts): where each method
 * stands after its share of the clock, what an HF iteration costs in curvature products and in
 * SGD steps, and how its progress per iteration compares with SGD's per step — computed from the
 * training state, not asserted. trainClaims.test.ts checks each against the state's records.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { TrainState } from './train';

export type TrainClaimKind = 'train.failed' | 'train.standing' | 'train.cost' | 'train.progress';

const last = (a: ArrayLike<number>) => a[a.length - 1];

/** Loss decrease per step (per HF iteration, or per SGD step) from the start. */
export const decreasePerStep = (s: TrainState, m: 'hf' | 'sgd') =>
  s[m].steps > 0 ? (s.initialLoss - last(s[m].curve.loss)) / s[m].steps : NaN;

export function trainClaims(s: TrainState, budgetS: number): Claim<TrainClaimKind>[] {
  if (s.failed) {
    return [
      claim(
        'train.failed',
        `Training stopped: ${s.failed.toUpperCase()} produced a non-finite loss (lower its learning rate or raise λ₀).`,
        { failed: s.failed },
      ),
    ];
  }
  const { hf, sgd, adam } = s;
  const out: Claim<TrainClaimKind>[] = [
    claim(
      'train.standing',
      `After ${num(hf.timeMs / 1000)} s of compute each (budget ${budgetS} s): HF ${hf.steps} iterations, loss ${num(last(hf.curve.loss))}; SGD ${sgd.steps} steps, loss ${num(last(sgd.curve.loss))}; Adam ${adam.steps} steps, loss ${num(last(adam.curve.loss))} (start ${num(s.initialLoss)}).`,
      { hf: last(hf.curve.loss), sgd: last(sgd.curve.loss), adam: last(adam.curve.loss) },
    ),
  ];
  if (hf.steps === 0 || sgd.steps === 0 || !(hf.timeMs > 0) || !(sgd.timeMs > 0)) return out;
  const perIt = hf.mvps / hf.steps;
  // SGD steps in the time of one HF iteration, from each method's own rate.
  const sgdPerIt = sgd.steps / sgd.timeMs / (hf.steps / hf.timeMs);
  out.push(
    claim(
      'train.cost',
      `Each HF iteration used on average ${num(perIt)} curvature-vector products, and SGD took about ${Math.round(sgdPerIt)} steps in the time of one HF iteration.`,
      { perIt, sgdPerIt },
    ),
  );
  const hfDrop = decreasePerStep(s, 'hf');
  const sgdDrop = decreasePerStep(s, 'sgd');
  const ratio = hfDrop / sgdDrop;
  let text: string;
  if (!(sgdDrop > 0)) {
    text =
      hfDrop > 0
        ? 'SGD has not lowered the loss yet; HF has.'
        : 'Neither HF nor SGD has lowered the loss yet.';
  } else if (!(hfDrop > 0)) {
    text = 'HF has not lowered the loss yet; SGD has.';
  } else if (ratio >= 1) {
    text = `Per iteration HF lowered the loss ${num(ratio)} times as much as SGD per step — ${ratio >= sgdPerIt ? 'more than' : 'less than'} the ${Math.round(sgdPerIt)} SGD steps one HF iteration costs in time.`;
  } else {
    text = `Per iteration HF lowered the loss less than SGD per step (${num(ratio)} times as much), although one HF iteration costs ${Math.round(sgdPerIt)} SGD steps in time.`;
  }
  out.push(claim('train.progress', text, { hfDrop, sgdDrop, ratio, sgdPerIt }));
  return out;
}
