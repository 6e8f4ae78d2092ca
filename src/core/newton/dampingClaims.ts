/**
 * The Damping panel's claims about the damped step at the analysed iterate and about the
 * eigenvalue view. The lecture's facts hold for H ⪰ 0 ("Since H is PSD, ν_j ≥ 0 …"): the factors
 * 1/(ν + η) are positive and at most 1/η, so the step is a descent direction no longer than
 * ‖∇J‖/η. With a negative eigenvalue each of those can fail, and then the sentences say what holds
 * instead (docs/math.md#damping).
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum } from '../claims/format';
import { dot, norm } from '../linalg/mat2';
import type { Opt2dResult } from './compute';

/** The slide's regimes of one eigen-direction under damping η. */
export type Regime = 'negative' | 'zero' | 'undamped' | 'newton-like' | 'gd-like' | 'between';

export function dampingRegime(nu: number, eta: number): Regime {
  if (nu < 0) return 'negative';
  if (nu === 0) return 'zero';
  if (eta === 0) return 'undamped';
  if (nu >= 10 * eta) return 'newton-like';
  if (nu <= eta / 10) return 'gd-like';
  return 'between';
}

export const REGIME_WORDS: Record<Regime, string> = {
  negative: 'negative curvature',
  zero: 'zero curvature (flat)',
  undamped: 'undamped',
  'newton-like': 'Newton-like (ν ≫ η)',
  'gd-like': 'GD-like (ν ≪ η)',
  between: 'in between (ν ≈ η)',
};

/** One claim per eigen-direction: its regime. */
export function regimeClaims(nus: readonly number[], eta: number): Claim[] {
  return nus.map((nu, j) =>
    claim('eigen-regime', `ν${j === 0 ? '₁' : '₂'}: ${REGIME_WORDS[dampingRegime(nu, eta)]}`, {
      nu,
      eta,
      regime: dampingRegime(nu, eta),
    }),
  );
}

/** How the damped factors 1/(ν + η) relate to the cap 1/η of the lecture. */
export type FactorRelation = 'undamped' | 'capped' | 'above-cap' | 'singular' | 'negative';

/** capped needs H ⪰ 0; with ν₁ < 0 the factor exceeds 1/η, or is negative once ν₁ + η < 0. */
export function factorRelation(nuMin: number, eta: number): FactorRelation {
  if (eta === 0) return 'undamped';
  if (nuMin >= 0) return 'capped';
  if (nuMin + eta > 0) return 'above-cap';
  return nuMin + eta === 0 ? 'singular' : 'negative';
}

const LEGEND: Record<FactorRelation, string> = {
  undamped: '1/(ν+η) (η = 0: the same as 1/ν)',
  capped: '1/(ν+η) (damped; at most 1/η, as H ⪰ 0)',
  'above-cap': '1/(ν+η) (damped; above 1/η where ν < 0)',
  singular: '1/(ν+η) (damped; infinite where ν = −η)',
  negative: '1/(ν+η) (damped; negative where ν < −η)',
};

/** The legend entry of the 1/(ν+η) bars: capped by 1/η only when H ⪰ 0. */
export function factorLegendClaim(nus: readonly number[], eta: number): Claim {
  const nuMin = Math.min(...nus);
  const relation = factorRelation(nuMin, eta);
  return claim('factor-legend', LEGEND[relation], { eta, nuMin, relation });
}

/** The note under the eigenvalue view: signs of the factors and whether 1/η caps them. */
export function factorNoteClaim(nus: readonly number[], eta: number): Claim {
  const nuMin = Math.min(...nus);
  const relation = factorRelation(nuMin, eta);
  const f = plainNum(1 / (nuMin + eta));
  const cap = plainNum(1 / eta);
  const text: Record<FactorRelation, string> = {
    undamped: 'η = 0: the damped factors are Newton’s 1/ν.',
    capped: `H + ηI is positive definite here, and H ⪰ 0: both 1/(ν+η) are positive and at most 1/η = ${cap}.`,
    'above-cap': `H + ηI is positive definite here, but H is not ⪰ 0: 1/(ν₁+η) = ${f} is positive yet exceeds 1/η = ${cap}, because ν₁ = ${plainNum(nuMin)} < 0.`,
    singular: `H + ηI is singular here (η = −ν₁ = ${plainNum(-nuMin)}): there is no damped step.`,
    negative: `H + ηI is not positive definite here (ν₁ + η = ${plainNum(nuMin + eta)} < 0, so 1/(ν₁+η) = ${f} is negative): increase η above −ν₁ = ${plainNum(-nuMin)}.`,
  };
  return claim('factor-note', text[relation], { eta, nuMin, relation });
}

/**
 * What holds for the damped step −(H + ηI)⁻¹∇J at the analysed iterate: whether H + ηI ≻ 0,
 * whether the step is a descent direction, and whether ‖Δw‖ ≤ ‖∇J‖/η (guaranteed for H ⪰ 0 only).
 */
export function dampedStepClaims(out: Opt2dResult, eta: number): Claim[] {
  const { k, w, grad } = out.focus;
  const nuMin = out.focus.hessEigenvalues[0];
  const step = out.damping.current;
  const at = `at iterate ${k}`;
  if (eta === 0)
    return [
      claim('undamped', 'η = 0: the "damped" method is plain Newton. Move the slider to damp it.', {
        eta,
      }),
    ];
  const base = { eta, k, w, nuMin };
  if (!step)
    return [
      claim(
        'damped-pd',
        `With η = ${plainNum(eta)}, H + ηI is singular ${at} (η = −ν₁): there is no damped step.`,
        { ...base, pd: false, singular: true },
      ),
    ];
  const gn = norm(grad);
  if (gn === 0)
    return [
      claim('damped-pd', `∇J = 0 ${at}: a stationary point, so the damped step is zero.`, {
        ...base,
        pd: nuMin + eta > 0,
        stationary: true,
      }),
    ];
  const directional = dot(grad, step);
  const descent = directional < 0;
  const dir = `∇JᵀΔw = ${plainNum(directional)}`;
  if (!(nuMin + eta > 0)) {
    const f = 1 / (nuMin + eta);
    return [
      claim(
        'damped-pd',
        `With η = ${plainNum(eta)}, H + ηI is NOT positive definite ${at} (ν₁ + η = ${plainNum(nuMin + eta)} < 0, so 1/(ν₁+η) = ${plainNum(f)} is negative): the damped step is ${descent ? 'still' : 'not'} a descent direction there (${dir}), and η above −ν₁ = ${plainNum(-nuMin)} would make H + ηI ≻ 0.`,
        { ...base, pd: false, descent, directional, etaMin: -nuMin },
      ),
    ];
  }
  const pd = claim(
    'damped-pd',
    `With η = ${plainNum(eta)}, H + ηI is positive definite ${at} (ν₁ + η = ${plainNum(nuMin + eta)} > 0), ${descent ? 'so the damped step there is a descent direction' : 'yet in floating point the damped step is not a descent direction'} (${dir}).`,
    { ...base, pd: true, descent, directional },
  );
  const stepNorm = norm(step);
  const bound = gn / eta;
  const lengths = { ...base, stepNorm, bound };
  if (nuMin >= 0)
    return [
      pd,
      claim(
        'damped-bound',
        `As H ⪰ 0 there, every factor 1/(ν+η) is at most 1/η, so the step is no longer than ‖∇J‖/η = ${plainNum(bound)} (it is ${plainNum(stepNorm)}).`,
        { ...lengths, psd: true },
      ),
    ];
  const factor = 1 / (nuMin + eta);
  const within = stepNorm <= bound;
  return [
    pd,
    claim(
      'damped-bound',
      `But H is not ⪰ 0 there (ν₁ = ${plainNum(nuMin)}): along its eigenvector the factor 1/(ν₁+η) = ${plainNum(factor)} exceeds 1/η = ${plainNum(1 / eta)}, so the lecture's bound ‖Δw‖ ≤ ‖∇J‖/η (for H ⪰ 0) does not apply — ${within ? `this step happens to be ${plainNum(stepNorm)} long, within ‖∇J‖/η = ${plainNum(bound)}` : `this step is ${plainNum(stepNorm)} long, more than ‖∇J‖/η = ${plainNum(bound)}`}.`,
      { ...lengths, psd: false, factor, within },
    ),
  ];
}
