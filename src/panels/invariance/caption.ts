import type { InvarianceView, InvMethod, MethodPair } from './methods';
import { plainNum } from '../shared/texNumbers';
import { statusChip } from '../shared/captions';
import { INV_STYLE, methodName } from './style';

/** Relative deviations below this are rounding error. */
export const INVARIANT_TOL = 1e-9;

export type Verdict = 'invariant' | 'not-invariant' | 'different-fates';

export function verdict(pair: Pick<MethodPair, 'theta' | 'phi' | 'deviation'>): Verdict {
  const fate = (s: string) => (s === 'diverged' ? 'diverged' : 'ok');
  if (fate(pair.theta.status) !== fate(pair.phi.status)) return 'different-fates';
  return pair.deviation.relative <= INVARIANT_TOL ? 'invariant' : 'not-invariant';
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  invariant: 'invariant ✓',
  'not-invariant': 'not invariant',
  'different-fates': 'not invariant: one run diverged',
};

/** "Newton, Gauss-Newton and natural gradient" (damped ones when η > 0); `mid`: not at the start of a sentence. */
const names = (pairs: MethodPair[], eta: number, mid = false) => {
  const l = pairs.map((p, i) =>
    methodName(p.method, eta, i === 0 && !mid ? 'label' : 'inSentence'),
  );
  return l.length <= 1 ? l.join('') : `${l.slice(0, -1).join(', ')} and ${l[l.length - 1]}`;
};
const distances = (pairs: MethodPair[]) => pairs.map((p) => plainNum(p.deviation.max)).join(', ');

/** Gradient descent: invariant only under rotations/reflections (MMᵀ = I). */
function gdSentence(pair: MethodPair): string {
  const d = plainNum(pair.deviation.max);
  if (verdict(pair) === 'invariant') {
    return `Gradient descent agrees too (${d}), because this M is a rotation: MMᵀ = I, and rotations preserve Euclidean distance.`;
  }
  const fates =
    pair.theta.status === pair.phi.status
      ? ''
      : ` (in θ it ${statusChip(pair.theta)}, in φ it ${statusChip(pair.phi)})`;
  return `Gradient descent is not invariant: in φ its step is −αMᵀ∇J, which maps back to −αMMᵀ∇J in θ — max distance ${d}${fates}.`;
}

/** The panel's caption: which methods overlay to rounding, which do not, and why. */
export function invarianceCaption(out: InvarianceView, eta: number, shown: readonly InvMethod[]) {
  if (out.singular) return out.singular;
  const parts: string[] = [];
  const curv = out.pairs.filter((p) => p.method !== 'gd');
  const inv = curv.filter((p) => verdict(p) === 'invariant');
  const broken = curv.filter((p) => verdict(p) !== 'invariant');
  if (inv.length > 0) {
    const why =
      eta === 0
        ? 'if you stretch the parameter space, the quadratic approximation gets stretched the same way as the cost function'
        : out.mInfo.orthogonal
          ? `even with η = ${plainNum(eta)}, because this M is a rotation and preserves the Euclidean damping term η‖Δ‖²`
          : '';
    parts.push(
      `${names(inv, eta)} ${inv.length > 1 ? 'overlay' : 'overlays'} to rounding: mapped back, the φ runs are at most ${distances(inv)} from the θ runs${why ? ` — ${why}` : ''}.`,
    );
  }
  if (broken.length > 0) {
    const diverged = broken.filter((p) => verdict(p) === 'different-fates');
    parts.push(
      `With damping η = ${plainNum(eta)}, ${names(broken, eta, true)} no longer ${broken.length > 1 ? 'overlay' : 'overlays'} (max distance ${distances(broken)}${diverged.length ? `; ${names(diverged, eta, true)} diverged in one parameterization only` : ''}): damping measures steps with the Euclidean norm of whichever coordinates it runs in.`,
    );
  }
  const gd = out.pairs.find((p) => p.method === 'gd');
  if (gd) parts.push(gdSentence(gd));
  const missing = shown.filter((m) => !out.defined[m]);
  if (missing.length > 0) {
    parts.push(
      `${missing.map((m, i) => INV_STYLE[m][i === 0 ? 'label' : 'inSentence']).join(' and ')}: not defined for this problem (see below).`,
    );
  }
  return parts.join(' ');
}
