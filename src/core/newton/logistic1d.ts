/**
 * The 1-D facts behind the damping slides' example J(x) = log(1 + eˣ) + log(1 + e⁻ˣ).
 *
 * Everything is written in forms that stay finite for |x| up to 1e300: the panels let students
 * drag the start far out, and a NaN there would look like a property of Newton's method.
 */

/** log(1 + eˣ) without overflow: eˣ is only ever taken of −|x|. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log(1 + eˣ) + log(1 + e⁻ˣ); minimum 2 ln 2 at 0, ≈ |x| in the tails. */
export function logisticPair(x: number): number {
  return softplus(x) + softplus(-x);
}

/** J′(x) = σ(x) − σ(−x) = tanh(x/2); Math.tanh saturates to ±1 instead of overflowing. */
export function logisticGrad1d(x: number): number {
  return Math.tanh(0.5 * x);
}

/**
 * J″(x) = ½ sech²(x/2) = 2e^{−|x|} / (1 + e^{−|x|})².
 *
 * 1/cosh² would produce ∞ in cosh first; this form only underflows to 0 (|x| ≳ 745).
 */
export function logisticCurv1d(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return (2 * e) / (d * d);
}

/** Undamped Newton on J: x − J′/J″ = x − tanh(x/2) / (½ sech²(x/2)) = x − sinh x. */
export function newtonMapLogistic(x: number): number {
  return x - Math.sinh(x);
}

/**
 * x* with sinh x* = 2x*: Newton converges iff |x₀| < x*, 2-cycles at ±x*, diverges beyond
 * (the map sends x* to −x*). x* = 2.17731898496530675263…; the literal is the nearest double
 * (the 18-digit decimal would trip no-loss-of-precision). Re-solved in logistic1d.test.ts.
 */
export const LOGISTIC_NEWTON_THRESHOLD = 2.1773189849653067;

/** Damped Newton x − J′/(J″ + η): the minimizer of the Taylor model plus (η/2)(x′ − x)². */
export function dampedNewtonMapLogistic(x: number, eta: number): number {
  return x - logisticGrad1d(x) / (logisticCurv1d(x) + eta);
}

/** Derivative of the damped map at the minimum 0: 1 − J″(0)/(J″(0) + η) = η/(½ + η). */
export function dampedLocalRate(eta: number): number {
  return eta / (0.5 + eta);
}

/**
 * Below this η the damped map has a symmetric 2-cycle x ↦ −x, so "damped Newton converges for
 * every η > 0 from any start" is false for far starts (e.g. η = 1e-2 from x₀ = 2.3 never
 * converges). A 2-cycle needs 2x(J″(x) + η) = tanh(x/2), i.e. η = tanh(x/2)/(2x) − J″(x); this is
 * the maximum of the right side (at x ≈ 4.46399), found by golden-section search and checked in
 * logistic1d.test.ts. Above it, scanned starts in [−60, 60] all converge.
 */
export const LOGISTIC_DAMPED_TWO_CYCLE_ETA = 0.0869457988026643;
