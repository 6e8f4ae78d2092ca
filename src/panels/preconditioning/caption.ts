import type { PrecondResult } from '../../core/precond/computePrecond';
import { statusChip } from '../shared/captions';
import { plainNum } from '../shared/texNumbers';
import type { PrecondParams } from './params';

/** Differences below this are rounding error for problems living in |w| ≲ 10. */
export const ROUNDING = 1e-9;

/** The derivation checked: do GD in w̃ (mapped back) and w − αRRᵀ∇J coincide? */
export function distanceSentence(out: PrecondResult): string {
  if (out.singular) return out.singular;
  const d = out.distance;
  if (!d) return '';
  if (d.max <= ROUNDING) {
    return (
      `The rings (GD in w̃, mapped back by w = Rw̃ + b) sit on the line (w − αRRᵀ∇J computed in w): ` +
      `over ${d.compared} iterates they are at most ${plainNum(d.max)} apart — rounding error. ` +
      `Gradient descent in the transformed space is preconditioned gradient descent in the original one.`
    );
  }
  return (
    `The two routes drift apart here (up to ${plainNum(d.max)}), although from the same point each ` +
    `single step agrees to ${plainNum(out.stepMismatch ?? NaN)}: at this α the iteration is unstable and ` +
    `amplifies rounding differences step by step.`
  );
}

/** Problems whose Hessian is indefinite somewhere (the presets then use |H|). */
const NONCONVEX = new Set(['rosenbrock', 'saddle', 'himmelblau']);

function presetSentence(
  out: PrecondResult,
  p: PrecondParams,
  follow: boolean,
  startReplaced: boolean,
): string {
  const pt = out.point;
  const k = (v: number | null) => (v === null ? 'undefined' : plainNum(v));
  const alpha = p.lr === 1 ? '' : ` with step size α = ${plainNum(p.lr)}`;
  if (follow) {
    const pd = NONCONVEX.has(p.problem) ? ' (with |H| wherever H is not positive definite)' : '';
    switch (p.preset) {
      case 'sqrt':
      case 'cholesky':
        return `R follows the iterate with RRᵀ = H(w⁽ᵏ⁾)⁻¹${pd}, so every update is w − αH⁻¹∇J: this is Newton’s method${alpha}.`;
      case 'damped':
        return `R follows the iterate with RRᵀ = (H(w⁽ᵏ⁾) + ηI)⁻¹${pd}: this is damped Newton with η = ${plainNum(p.eta)}${alpha}.`;
      case 'jacobi':
        return `R follows the iterate with RRᵀ = diag(H(w⁽ᵏ⁾))⁻¹${pd}: a diagonal approximation of Newton’s method.`;
      default:
        return 'R = I everywhere: plain gradient descent.';
    }
  }
  const C = startReplaced ? '|H|' : 'H';
  const abs = startReplaced
    ? ' H is not positive definite at w⁽⁰⁾, so the preset is built from |H| = Q|Λ|Qᵀ.'
    : '';
  const fromStart =
    p.problem === 'quadratic'
      ? ''
      : ` R is built from the curvature at the start point w⁽⁰⁾; elsewhere the curvature differs${
          pt.k > 0 ? ` (at iterate ${pt.k}: κ(H̃) = ${k(pt.kappaHt)})` : ''
        } — step through the iterates to watch H̃ drift, or let R follow the iterate to get Newton’s method.`;
  switch (p.preset) {
    case 'identity':
      return 'R = I: this is plain gradient descent, and H̃ = H.';
    case 'sqrt':
    case 'cholesky':
      return startReplaced
        ? `RRᵀ = |H|⁻¹.${abs} Then H̃ = RᵀHR has eigenvalues ±1: unit curvature in every direction, the negative one still negative, so κ(H̃) stays undefined.${fromStart}`
        : `RRᵀ = H⁻¹, so H̃ = RᵀHR = I: the contours in w̃ are circles, κ(H̃) = 1, and GD with α = 1 takes the Newton step.${fromStart}`;
    case 'jacobi':
      return `R = diag(${C})^−½ gives H̃ a unit diagonal${startReplaced ? ' in magnitude' : ''}: κ(H) = ${k(pt.kappaH)} becomes κ(H̃) = ${k(pt.kappaHt)}.${abs}${fromStart}`;
    case 'damped':
      return `R = (${C} + ηI)^−½: H̃ has eigenvalues ν/(|ν| + η), of magnitude below 1; κ(H̃) = ${k(pt.kappaHt)}.${abs}${fromStart}`;
    case 'custom':
      return `Your R gives κ(H̃) = ${k(pt.kappaHt)} (κ(H) = ${k(pt.kappaH)}); RRᵀ plays the role of C⁻¹ in w − αC⁻¹∇J.`;
  }
}

/** The panel's caption: the derivation, what the run did, and what the chosen R does. */
export function precondCaption(
  out: PrecondResult,
  p: PrecondParams,
  follow: boolean,
  startReplaced: boolean,
): string {
  const run = `Preconditioned GD ${statusChip(out.direct)} step${out.direct.steps === 1 ? '' : 's'}.`;
  return [distanceSentence(out), run, presetSentence(out, p, follow, startReplaced)]
    .filter(Boolean)
    .join(' ');
}
