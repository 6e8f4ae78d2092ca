/**
 * The GD comparison's caption as computed claims (src/core/claims): each sentence comes from a
 * predicate of src/core/pst on the runs shown, and gdClaims.test.ts checks every one of them with
 * an independent computation over many states.
 */
import { claim, type Claim } from '../../core/claims/claim';
import {
  correlation,
  gdVerdict,
  reversals,
  type GdVerdict,
  type PstGd,
  type PstResult,
} from '../../core/pst';
import { plainNum } from '../shared/texNumbers';

export type GdRunId = 'diag' | 'full';

const NAME: Record<GdRunId, string> = {
  diag: 'GD preconditioned by diag(Ĝ)⁻¹',
  full: 'GD preconditioned by the full G⁻¹',
};

const steps = (k: number) => `${k} step${k === 1 ? '' : 's'}`;

/** The verdict of one run of the comparison. */
export function verdictOf(gd: PstGd, run: GdRunId, lr: number): GdVerdict {
  return gdVerdict(gd[run], gd.lossMin, lr, gd.bounds[run], gd.quadratic);
}

/** The stable step bounds of both runs, with their condition (exact and global, or local). */
function boundClaim(gd: PstGd): Claim | null {
  const { diag, full } = gd.bounds;
  if (diag === null && full === null) return null;
  const b = (v: number | null, what: string) =>
    v === null ? `none for ${what} (singular)` : `${plainNum(v)} for ${what}`;
  const list = `${b(diag, 'diag(Ĝ)⁻¹')} and ${b(full, 'G⁻¹')}`;
  const text = gd.quadratic
    ? `Stable step sizes: α < 2/λ_max(P^½ G P^½), P the preconditioner: ${list}.`
    : `Near the minimum w*, GD settles only for α < 2/λ_max(P^½ H(w*) P^½), P the preconditioner (a local bound: the logistic loss is not quadratic): ${list}.`;
  return claim('pst-gd-bound', text, {
    quadratic: gd.quadratic,
    diag: diag ?? NaN,
    full: full ?? NaN,
  });
}

/** One sentence on what the run did, of the kind its verdict calls for. */
function runClaim(gd: PstGd, run: GdRunId, lr: number): Claim {
  const v = verdictOf(gd, run, lr);
  const name = NAME[run];
  const bound = gd.bounds[run];
  const data = {
    run,
    lr,
    bound: bound ?? NaN,
    steps: v.steps,
    at: v.at ?? NaN,
    gap0: v.gap0,
    gapEnd: v.gapEnd,
  };
  const alpha = `α = ${plainNum(lr)} is above its ${gd.quadratic ? '' : 'local '}bound ${plainNum(bound ?? NaN)}`;
  const gaps = `from ${plainNum(v.gap0)} to ${plainNum(v.gapEnd)} in ${steps(v.steps)}`;
  switch (v.outcome) {
    case 'singular':
      return claim(
        'pst-gd-singular',
        `${name} cannot start: its curvature matrix is singular (no inverse).`,
        data,
      );
    case 'blew-up':
      return claim(
        'pst-gd-blew-up',
        `${name} diverged at step ${v.at}: the iterates blew up${v.aboveBound ? ` (${alpha})` : ''}.`,
        { ...data, aboveBound: v.aboveBound },
      );
    case 'growing': {
      const rate =
        v.growth === null ? '' : ` (×${plainNum(v.growth)} over the last ${steps(v.span)})`;
      return claim(
        'pst-gd-diverges',
        `${name} diverges: ${v.aboveBound ? `${alpha}, so ` : ''}its loss gap grows, ${gaps}${rate}.`,
        { ...data, growth: v.growth ?? NaN, span: v.span, aboveBound: v.aboveBound },
      );
    }
    case 'converged':
      return claim(
        'pst-gd-converged',
        `${name} converged to the minimum in ${steps(v.steps)}.`,
        data,
      );
    case 'decreasing':
      return claim(
        'pst-gd-reaches',
        `${name} reaches a loss gap of ${plainNum(v.gapEnd)} after ${steps(v.steps)} (from ${plainNum(v.gap0)}).`,
        data,
      );
    case 'unstable':
      return claim(
        'pst-gd-unstable',
        `${name} has a loss gap of ${plainNum(v.gapEnd)} after ${steps(v.steps)} (from ${plainNum(v.gap0)}), but ${alpha}: ${gd.quadratic ? 'the gap will grow without bound' : 'it cannot settle at the minimum'}.`,
        data,
      );
    case 'rising':
      return claim(
        'pst-gd-rising',
        `${name} does not settle: its loss gap rose ${gaps}${v.aboveBound ? ` (${alpha})` : ''}.`,
        { ...data, aboveBound: v.aboveBound },
      );
  }
}

/** Why the diagonal is not enough: the correlation it ignores, and the zig-zag when it shows. */
function diagonalClaims(gd: PstGd): Claim[] {
  const rho = correlation(gd.fullCurvature);
  const out: Claim[] = [
    claim(
      'pst-gd-correlation',
      `The diagonal rescales each weight but ignores their correlation ρ = G₁₂/√(G₁₁G₂₂) = ${plainNum(rho)} (the tilt of the G ellipse).`,
      { rho },
    ),
  ];
  if (gd.diag.divergence === 'singular') return out;
  const { reversed, pairs } = reversals(gd.diag);
  if (pairs >= 2 && reversed >= pairs / 2) {
    out.push(
      claim(
        'pst-gd-zigzag',
        `GD with diag(Ĝ)⁻¹ zig-zags: its direction reverses in ${reversed} of ${pairs} pairs of consecutive steps.`,
        { reversed, pairs },
      ),
    );
  }
  return out;
}

/** Every claim of the GD caption, in reading order. */
export function gdClaims(out: PstResult, lr: number): Claim[] {
  const gd = out.gd;
  if (!gd) return [];
  const bound = boundClaim(gd);
  return [
    ...(bound ? [bound] : []),
    runClaim(gd, 'diag', lr),
    runClaim(gd, 'full', lr),
    ...diagonalClaims(gd),
  ];
}
