/** Plain-language captions, always true to the current state (tested in caption.test.ts). */
import { claimText } from '../../core/claims/claim';
import { holds } from '../../core/kfac';
import type { CurvatureResult, IdentityCheck, KfacTrainState, KronChecks } from '../../core/kfac';
import { plainNum } from '../shared/texNumbers';
import { trainClaims } from './trainClaims';

/** `extra`: the further identities' checks (vec(u vᵀ) = v ⊗ u, the mixed product with C, D). */
export function kronCaption(
  m: number,
  n: number,
  c: KronChecks,
  extra: readonly IdentityCheck[] = [],
): string {
  const parts = [
    `A is ${m}×${m} and B is ${n}×${n}, so A ⊗ B is ${m * n}×${m * n}: a ${m}×${m} grid of blocks, block (i, j) being a_ij · B.`,
  ];
  const checks: IdentityCheck[] = [c.vecIdentity, c.mixedProduct, c.transpose, c.trace, ...extra];
  if (c.inverse.ok) checks.push(c.inverse);
  if (c.eigen.ok) {
    checks.push({ maxDiff: c.eigen.maxDiff, scale: c.eigen.scale });
    checks.push({ maxDiff: c.eigen.vectorResidual, scale: c.eigen.scale });
  }
  const worst = Math.max(...checks.map((x) => x.maxDiff));
  const failing = checks.filter((x) => !holds(x)).length;
  parts.push(
    failing === 0
      ? `All ${checks.length} checks agree to rounding (largest difference ${plainNum(worst)}).`
      : `${failing} of ${checks.length} checks differ by more than rounding (largest difference ${plainNum(worst)}).`,
  );
  if (!c.inverse.ok) parts.push(c.inverse.reason);
  if (!c.eigen.ok) parts.push(c.eigen.reason);
  else {
    const negatives = c.eigen.products.filter((x) => x < 0).length;
    parts.push(
      negatives === 0
        ? `Every eigenvalue λᵢνⱼ is ≥ 0${c.eigen.lambda[0] > 0 && c.eigen.nu[0] > 0 ? ': A, B and A ⊗ B are positive definite' : ''}.`
        : `${negatives} of the ${m * n} products λᵢνⱼ are negative: a negative eigenvalue of A or B makes A ⊗ B indefinite.`,
    );
  }
  return parts.join(' ');
}

const pct = (x: number) =>
  x < 1e-10 ? '0 (to rounding)' : x < 1e-3 ? x.toExponential(1) : `${(100 * x).toFixed(1)}%`;

export function curvatureCaption(r: CurvatureResult): string {
  const q = r.request;
  const net = { linear: q.activation === 'linear', loss: q.loss, batch: q.batch };
  const worstBlock = Math.max(...r.blocks.map((b) => b.relError));
  const exact = worstBlock < 1e-9;
  const parts = [
    `Step 1 (layers independent) drops the off-diagonal blocks: relative error ${pct(r.blockError)} of ‖G‖.`,
    `Step 2 (activations independent of pre-activation gradients) replaces each block by A ⊗ S: relative error ${pct(r.factorError)} of the block-diagonal part, worst block ${pct(worstBlock)}.`,
  ];
  if (exact) {
    parts.push(
      net.batch === 1
        ? 'With a single example the mean of a Kronecker product is a Kronecker product, so step 2 is exact.'
        : net.linear && net.loss === 'squared-error'
          ? 'This is a deep linear network with squared error: J_n and H_n are the same for every example, so S is a constant and every block is exactly A ⊗ S.'
          : 'Here every block is exactly A ⊗ S.',
    );
  } else {
    const exactBlocks = r.blocks.filter((b) => b.relError < 1e-9).map((b) => b.index);
    if (exactBlocks.length > 0) {
      parts.push(
        `Block${exactBlocks.length > 1 ? 's' : ''} ${exactBlocks.join(', ')} ${exactBlocks.length > 1 ? 'are' : 'is'} exact anyway: ${q.loss === 'squared-error' && exactBlocks.includes(r.blocks.length) ? 'the last layer’s S = I/σ² is the same for every example.' : 'its S is the same for every example.'}`,
      );
    }
    parts.push(
      net.linear
        ? 'The network is linear, but the softmax output Hessian changes from example to example, so the blocks are not Kronecker products.'
        : 'The activations and the back-propagated derivatives are correlated across examples, so each block is only approximately A ⊗ S; switch to the linear network to see step 2 become exact.',
    );
  }
  return parts.join(' ');
}

/** The training caption: the sentences of its computed claims (trainClaims.ts). */
export function trainCaption(s: KfacTrainState): string {
  const claims = trainClaims(s);
  if (s.failed) {
    return `${claimText(claims)} Increase the damping λ or lower its learning rate, then reset.`;
  }
  return claims.length === 0
    ? 'Press Start: every method trains from the same initial weights.'
    : claimText(claims);
}
