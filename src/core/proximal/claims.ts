/**
 * The proximal panel's main caption as computed claims (src/core/claims/claim.ts): the batch and
 * what w⁽ᵏ⁾ does on it, what each view's K inner steps did to the batch loss and to the loss on
 * the points w⁽ᵏ⁾ had learned, which view forgot the least, and how far the two linearized steps
 * (SGD, natural gradient) are from the proximal steps they approximate. Property tests check each
 * kind against independent re-computations (claims.test.ts).
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { ProximalRequest, ProximalResult, ProximalView, ViewId } from './compute';

/** A linearized step within this share of the proximal step's length is a first-order match. */
export const LINEAR_CLOSE = 0.1;

/** Views that are clearly ahead by more than this relative margin may be named. */
export const CLEAR_MARGIN = 1e-6;

export const VIEW_NAMES: Record<ViewId, string> = {
  previous: 'Previous iterate',
  wsd: 'Loss + WSD',
  fsd: 'Loss + FSD',
  both: 'Loss + WSD + FSD',
  ngd: 'Natural-gradient step',
  sgd: 'SGD step',
};

export type ProximalClaimKind =
  'prox.batch' | 'prox.view' | 'prox.diverged' | 'prox.forgot-least' | 'prox.linearized';

const view = (out: ProximalResult, id: ViewId) => out.views.find((v) => v.id === id)!;

function batchClaim(out: ProximalResult, req: ProximalRequest): Claim<ProximalClaimKind> {
  const prev = view(out, 'previous');
  const n = out.batch.length;
  return claim(
    'prox.batch',
    `The new batch: ${n} point${n === 1 ? '' : 's'} nearest x = ${num(req.batchCenter)}, where w⁽ᵏ⁾ has batch loss ${num(prev.terms.loss)}` +
      (Number.isNaN(prev.retainedLoss)
        ? '.'
        : ` (on the points it was trained on: ${num(prev.retainedLoss)}).`),
    { n, center: req.batchCenter, loss: prev.terms.loss, retained: prev.retainedLoss },
  );
}

function viewClaim(v: ProximalView, prev: ProximalView, lr: number): Claim<ProximalClaimKind> {
  const name = VIEW_NAMES[v.id];
  if (v.status === 'diverged') {
    return claim(
      'prox.diverged',
      `${name}: GD on the proximal objective diverged at inner step ${v.divergedAt} — α = ${num(lr)} is too large for these λ's (near w⁽ᵏ⁾ GD is stable only for α < 2/L ≈ ${num(v.lrLimit)}).`,
      { id: v.id, divergedAt: v.divergedAt ?? -1, lr, lrLimit: v.lrLimit },
    );
  }
  return claim(
    'prox.view',
    `${name}: batch loss ${num(prev.terms.loss)} → ${num(v.terms.loss)}, loss on the old points ${num(prev.retainedLoss)} → ${num(v.retainedLoss)}.`,
    { id: v.id, loss: v.terms.loss, retained: v.retainedLoss },
  );
}

function forgotClaim(out: ProximalResult): Claim<ProximalClaimKind> | null {
  const prev = view(out, 'previous');
  const ok = out.views.filter(
    (v) => (v.id === 'wsd' || v.id === 'fsd' || v.id === 'both') && v.status === 'ok',
  );
  if (ok.length < 2 || Number.isNaN(prev.retainedLoss)) return null;
  const best = ok.reduce((a, b) => (b.retainedLoss < a.retainedLoss ? b : a));
  // Only name a winner that is clearly ahead (with both λ's at 0 all views coincide).
  const clear = ok.every(
    (v) => v === best || v.retainedLoss > best.retainedLoss * (1 + CLEAR_MARGIN),
  );
  if (!clear) return null;
  return claim(
    'prox.forgot-least',
    `${VIEW_NAMES[best.id]} forgot the least of what w⁽ᵏ⁾ had learned.`,
    { id: best.id, among: ok.map((v) => v.id).join(',') },
  );
}

/** NGD against Loss + WSD + FSD, SGD against Loss + WSD: the slide's two linearizations. */
function linearizedClaim(
  out: ProximalResult,
  req: ProximalRequest,
  id: 'ngd' | 'sgd',
): Claim<ProximalClaimKind> {
  const lin = view(out, id);
  const prox = view(out, id === 'ngd' ? 'both' : 'wsd');
  const name = id === 'ngd' ? 'NGD' : 'SGD';
  const d = id === 'ngd' ? out.ngd.stepDeparture : out.sgd.stepDeparture;
  const data = { id, status: lin.status, proxStatus: prox.status, departure: d };
  if (lin.status !== 'ok') {
    const text =
      id === 'sgd'
        ? 'With λ_WSD = 0 the SGD model (a linear loss, no FSD) has no minimum, so there is no SGD step.'
        : req.lambdaFsd === 0 && req.lambdaWsd === 0
          ? 'With λ_FSD = λ_WSD = 0 the NGD model (a linear loss) has no minimum, so there is no NGD step.'
          : 'With λ_WSD = 0 the NGD model has no minimum: the FSD inputs do not constrain every direction the batch gradient points in. Add some WSD damping.';
    return claim('prox.linearized', text, data);
  }
  if (prox.status !== 'ok') {
    return claim(
      'prox.linearized',
      `The ${name} step exists, but the ${VIEW_NAMES[prox.id]} run it should be compared with diverged.`,
      data,
    );
  }
  const what =
    id === 'ngd'
      ? 'The NGD step (linearized loss + quadratic FSD + WSD damping)'
      : `The SGD step −∇L/λ_WSD (linearized loss + WSD, learning rate ${num(out.sgd.learningRate)})`;
  const tail =
    d < LINEAR_CLOSE
      ? `: the step is small, and ${name} is its first-order approximation.`
      : id === 'ngd'
        ? ': for a step this large the linearized loss misleads; larger λ’s make the step smaller and the two agree.'
        : ': for a step this large the linearized loss misleads; a larger λ_WSD makes the step smaller and the two agree.';
  return claim(
    'prox.linearized',
    `${what} differs from the ${VIEW_NAMES[prox.id]} step by ${num(100 * d)}% of its length${tail}`,
    data,
  );
}

export function proximalClaims(
  out: ProximalResult,
  req: ProximalRequest,
): Claim<ProximalClaimKind>[] {
  const prev = view(out, 'previous');
  const views = (['wsd', 'fsd', 'both'] as const).map((id) =>
    viewClaim(view(out, id), prev, req.lr),
  );
  const forgot = forgotClaim(out);
  return [
    batchClaim(out, req),
    ...views,
    ...(forgot ? [forgot] : []),
    linearizedClaim(out, req, 'sgd'),
    linearizedClaim(out, req, 'ngd'),
  ];
}
