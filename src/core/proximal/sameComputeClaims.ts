/**
 * The same-compute chart's caption as computed claims (src/core/claims/claim.ts): which method is
 * ahead on held-out data after the K gradient evaluations shown, and what the comparison looks
 * like counted in examples drawn instead — where the slide's advice stops holding.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { InnerMethod } from './inner';
import type { SameComputeResult } from './sameCompute';

/** Held-out losses within this relative difference are called level. */
export const LEVEL = 0.01;

export type SameComputeLeader = 'sgd' | 'proximal' | 'level' | 'none';
export type SameComputeClaimKind = 'same-compute.leader' | 'same-compute.data';

/** Who is ahead when the two held-out losses are a (proximal) and b (SGD). */
export function leaderOf(prox: number, sgd: number): SameComputeLeader {
  const okP = Number.isFinite(prox);
  const okS = Number.isFinite(sgd);
  if (!okP && !okS) return 'none';
  if (!okP) return 'sgd';
  if (!okS) return 'proximal';
  if (Math.abs(prox - sgd) <= LEVEL * Math.max(prox, sgd)) return 'level';
  return sgd < prox ? 'sgd' : 'proximal';
}

function sgdData(r: SameComputeResult, K: number): string {
  const B = r.batchSize;
  if (r.pool === 0) return `${K} fresh batches`;
  if (r.pool === B) return `the same batch ${K} times (a pool of |B| = ${B} examples)`;
  return `${K} batches from a pool of ${r.pool} examples (${num((K * B) / r.pool)} passes)`;
}

function leaderClaim(r: SameComputeResult, method: InnerMethod): Claim<SameComputeClaimKind> {
  const K = r.gradientEvaluations.length - 1;
  const prox = r.proximal.heldOut[K];
  const sgd = r.sgd.heldOut[K];
  const leader = leaderOf(prox, sgd);
  const data = { K, prox, sgd, leader, pool: r.pool };
  const proxText = `${K} ${method === 'gd' ? 'GD' : 'Adam'} steps on the proximal objective of one batch`;
  const head = `With the same ${K} gradient evaluations (one forward and backward pass each)`;
  const sgdText = `SGD on ${sgdData(r, K)}`;
  let text: string;
  if (leader === 'none') {
    text = `${head}, both diverged: the proximal run at inner step ${r.proximal.divergedAt}, SGD at step ${r.sgd.divergedAt}. Lower α.`;
  } else if (r.proximal.status === 'diverged' && leader === 'sgd') {
    text = `${head}, the proximal run diverged at inner step ${r.proximal.divergedAt} (α is too large for these λ's); ${sgdText} reached a held-out loss of ${num(sgd)}.`;
  } else if (r.sgd.status === 'diverged' && leader === 'proximal') {
    text = `${head}, SGD diverged at step ${r.sgd.divergedAt} (α is too large for plain SGD); ${proxText} reached a held-out loss of ${num(prox)}.`;
  } else if (leader === 'level') {
    text = `${head}, ${proxText} and ${sgdText} end level on held-out data: ${num(prox)} and ${num(sgd)}.`;
  } else if (leader === 'sgd') {
    text =
      `${head}, ${sgdText} is ahead on held-out data: ${num(sgd)} against ${num(prox)} for ${proxText} (both from ${num(r.sgd.heldOut[0])}).` +
      (r.pool === 0
        ? ' The slide’s point: rather take K SGD steps on fresh data (data throughput).'
        : '');
  } else {
    text =
      `${head}, ${proxText} are ahead on held-out data: ${num(prox)} against ${num(sgd)} for ${sgdText}` +
      (r.pool > 0
        ? ' — here the slide’s advice does not hold: SGD’s batches repeat, so its extra steps bring little new data.'
        : ' — here the slide’s advice does not hold at this budget.');
  }
  return claim('same-compute.leader', text, data);
}

function dataClaim(r: SameComputeResult): Claim<SameComputeClaimKind> | null {
  const K = r.gradientEvaluations.length - 1;
  const B = r.batchSize;
  const prox = r.proximal.heldOut[K];
  const first = r.sgd.heldOut[1];
  if (K < 1 || !Number.isFinite(prox) || !Number.isFinite(first)) return null;
  if (r.pool === B) {
    return claim(
      'same-compute.data',
      `SGD drew the same ${B} examples as the proximal method: its ${K} steps are GD steps on that batch's loss alone, so the two differ only by the FSD and WSD terms.`,
      { pool: r.pool, B, sameData: true },
    );
  }
  const above = first > prox;
  return claim(
    'same-compute.data',
    `Counted in data instead: SGD drew ${r.sgd.examples} examples, the proximal method ${B}. After its first ${B} (one step) SGD's held-out loss was ${num(first)}, ${above ? 'above' : 'not above'} the proximal method's ${num(prox)}` +
      (above
        ? ': when examples, not compute, are the scarce resource (sample efficiency, as in reinforcement learning), K steps on each batch pay off.'
        : '.'),
    { first, prox, above, sgdExamples: r.sgd.examples, B },
  );
}

export function sameComputeClaims(
  r: SameComputeResult,
  method: InnerMethod,
): Claim<SameComputeClaimKind>[] {
  const d = dataClaim(r);
  return [leaderClaim(r, method), ...(d ? [d] : [])];
}
