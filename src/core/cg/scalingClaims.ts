/**
 * The scaling view's captions as computed claims (src/core/claims/claim.ts): every sentence about
 * the state on screen — MVP counts, the worst-case bounds, the fitted κ-exponents and which
 * regime they show, finite termination, what the Jacobi preconditioner buys — is built here from
 * the result, and property tests check each kind against an independent computation.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import { cgBoundIters, gdBoundIters } from './bounds';
import { cgFitCap, fitIndices, type ScalingResult } from './scaling';

/** A fitted CG exponent in this band is the √κ law of the bound (the issue's 0.4–0.6). */
export const SQRT_BAND = [0.4, 0.6] as const;

/** What the fitted exponent of CG's MVPs against κ shows. */
export type CgRegime = 'sqrt-law' | 'beats-bound' | 'steeper' | 'no-fit';

export function cgRegime(slope: number): CgRegime {
  if (!Number.isFinite(slope)) return 'no-fit';
  if (slope < SQRT_BAND[0]) return 'beats-bound';
  return slope <= SQRT_BAND[1] ? 'sqrt-law' : 'steeper';
}

export type ScalingClaimKind =
  'scaling.mvps' | 'scaling.bound' | 'scaling.slopes' | 'scaling.why' | 'scaling.termination';

/** 10⁻⁶ for 1e-6; other tolerances as plain numbers. */
export function tolText(tol: number): string {
  const e = Math.log10(tol);
  if (!Number.isInteger(e)) return num(tol);
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return `10${e < 0 ? '⁻' : ''}${Array.from(String(Math.abs(e)), (c) => sup[Number(c)]).join('')}`;
}

/** MVPs until the gap is at most tol (−1: not within the run). */
export const mvpsTo = (gap: ArrayLike<number>, tol: number) =>
  Array.prototype.findIndex.call(gap, (v: number) => v <= tol);

const pct = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;

/** A fitted exponent with two decimals (the fit is no more precise than that). */
export const slopeText = (s: number) => (Math.abs(s) < 0.005 ? 0 : s).toFixed(2);

function countsClaims(out: ScalingResult): Claim<ScalingClaimKind>[] {
  const { kappa, tol } = out;
  const cg = mvpsTo(out.cgGap, tol);
  const gd = mvpsTo(out.gdGap, tol);
  const cgShown = out.cgGap.length - 1;
  const gdShown = out.gdGap.length - 1;
  const t = tolText(tol);
  const claims: Claim<ScalingClaimKind>[] = [
    claim(
      'scaling.mvps',
      `At κ = ${num(kappa)}, CG gets the relative gap below ${t} after ${cg >= 0 ? cg : `more than ${cgShown}`} MVPs, ` +
        `GD ${gd >= 0 ? `after ${gd}` : `not within the ${gdShown} shown`}.`,
      { kappa, tol, cg, gd, cgShown, gdShown },
    ),
  ];
  if (cg > 0 && kappa > 1) {
    const cgBound = cgBoundIters(kappa, tol);
    const gdBound = gdBoundIters(kappa, tol);
    claims.push(
      claim(
        'scaling.bound',
        `The worst-case bounds (over all spectra in [1, κ]) are ${cgBound} MVPs for CG and ${gdBound} for GD: ` +
          `CG used ${pct(cg, cgBound)} of its bound${gd > 0 ? `, GD ${pct(gd, gdBound)} of its` : ''}` +
          (cg > cgBound ? ' (rounding in the dense products cost the extra steps).' : '.'),
        { kappa, tol, cg, gd, cgBound, gdBound },
      ),
    );
  }
  return claims;
}

function slopeClaim(out: ScalingResult): Claim<ScalingClaimKind> {
  const k = out.sweep.kappa;
  const regime = cgRegime(out.slopes.cg);
  const cgFit = fitIndices(k, out.sweep.cg, cgFitCap(out.n)).map((i) => k[i]);
  const gdFit = fitIndices(k, out.sweep.gd, Infinity).map((i) => k[i]);
  const data = { cgSlope: out.slopes.cg, gdSlope: out.slopes.gd, regime, cgFit, gdFit };
  const gd = `GD's MVPs to ${tolText(out.tol)} grow like κ^${slopeText(out.slopes.gd)} (its bound: ∝ κ)`;
  if (regime === 'no-fit') {
    return claim(
      'scaling.slopes',
      `Over the sweep, ${gd}; CG needs n/2 = ${num(cgFitCap(out.n))} MVPs or more at all but ${cgFit.length} of the κ ≥ 10, too few to fit its growth: finite termination caps it near n = ${out.n}.`,
      data,
    );
  }
  const range = `fitted over κ = ${num(cgFit[0])} … ${num(cgFit[cgFit.length - 1])}, where CG needs fewer than n/2 = ${num(cgFitCap(out.n))} MVPs`;
  const tail = {
    'sqrt-law': '— the √κ law of its bound.',
    'beats-bound': '— far slower growth than √κ: on this spectrum CG beats its bound.',
    steeper: '— steeper than √κ over this short range of κ.',
  }[regime];
  return claim(
    'scaling.slopes',
    `Over the sweep, ${gd}, and CG's like κ^${slopeText(out.slopes.cg)} (${range}) ${tail}`,
    data,
  );
}

/** Why the spectrum gives the regime it gives; only for the pairs the lecture explains. */
function whyClaim(out: ScalingResult): Claim<ScalingClaimKind> | null {
  const regime = cgRegime(out.slopes.cg);
  const data = { spectrum: out.spectrum, regime, distinct: out.distinct };
  const text = (
    {
      chebyshev: {
        'sqrt-law':
          'These eigenvalues are the Chebyshev points of [1, κ] (the arcsine density, crowded at both ends): the spectrum on which CG’s Chebyshev bound is nearly attained.',
      },
      uniform: {
        'beats-bound':
          'Evenly spread, few eigenvalues lie near the ends of [1, κ], where the arcsine density crowds them: once CG has resolved those few it converges as if κ were smaller (superlinear convergence). With larger n there are more of them, and the counts move toward the √κ law.',
      },
      clustered: {
        'beats-bound':
          'Clustered eigenvalues: CG needs only a few steps per cluster, so κ matters little.',
      },
      'few-distinct': {
        'beats-bound': `With ${out.distinct} distinct eigenvalues CG terminates within ${out.distinct} steps in exact arithmetic, whatever κ is.`,
      },
    } as Record<string, Partial<Record<string, string>>>
  )[out.spectrum]?.[regime];
  return text ? claim('scaling.why', text, data) : null;
}

function terminationClaim(out: ScalingResult): Claim<ScalingClaimKind> {
  const { distinct, n, cgSolveIters: solved } = out;
  const has = `This spectrum has ${distinct} distinct eigenvalue${distinct === 1 ? '' : 's'} among n = ${n}`;
  const min = "the model's minimum (relative gap below 10⁻¹²)";
  if (!Number.isFinite(solved)) {
    return claim(
      'scaling.termination',
      `${has}; CG did not reach ${min} within ${out.cgGap.length - 1} MVPs.`,
      { distinct, n, solved: -1 },
    );
  }
  const tail =
    solved <= distinct
      ? ' — no more than the number of distinct eigenvalues.'
      : distinct < n
        ? ` (rounding errors cost extra steps beyond the ${distinct} distinct eigenvalues).`
        : '.';
  return claim(
    'scaling.termination',
    `${has}, and CG reached ${min} in ${solved} iterations${tail}`,
    {
      distinct,
      n,
      solved,
    },
  );
}

/** The caption under the two cost charts. */
export function scalingClaims(out: ScalingResult): Claim<ScalingClaimKind>[] {
  const why = whyClaim(out);
  return [...countsClaims(out), slopeClaim(out), ...(why ? [why] : []), terminationClaim(out)];
}
