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

/** Where tanh(x/2)/(2x) − J″(x) peaks at η* (ternary search; re-found in logistic1d.test.ts). */
export const LOGISTIC_TWO_CYCLE_PEAK = 4.463990742623637;

/**
 * h(x) = tanh(x/2)/(2x) − J″(x) for x > 0: the damped map sends x to −x exactly when h(x) = η,
 * and overshoots past −x (|x| grows) exactly when h(x) > η.
 */
export function twoCycleGap(x: number): number {
  return logisticGrad1d(x) / (2 * x) - logisticCurv1d(x);
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  // f(lo) and f(hi) have opposite signs; 200 halvings reach adjacent doubles.
  const sLo = Math.sign(f(lo));
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (Math.sign(f(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * The symmetric 2-cycles x ↦ −x of the damped map at η (where it meets the line y = −x), as
 * amplitudes 0 < inner < outer: h(x) < η inside ±inner (|x| shrinks every step, so those starts
 * converge), h(x) > η between inner and outer (|x| grows every step), h(x) < η beyond outer.
 * At η = 0 inner is x* and outer is ∞ (undamped Newton); null for η ≥ η* (no 2-cycle: |x| shrinks
 * at every x ≠ 0, so damped Newton converges from every start).
 */
export function logisticTwoCycles(eta: number): { inner: number; outer: number } | null {
  if (!(eta >= 0) || eta >= LOGISTIC_DAMPED_TWO_CYCLE_ETA) return null;
  if (eta === 0) return { inner: LOGISTIC_NEWTON_THRESHOLD, outer: Infinity };
  const g = (x: number) => twoCycleGap(x) - eta;
  // h(x) < 1/(2x), so h < η beyond 1/(2η); h(0⁺) = −¼.
  return {
    inner: bisect(g, 1e-6, LOGISTIC_TWO_CYCLE_PEAK),
    outer: bisect(g, LOGISTIC_TWO_CYCLE_PEAK, 1 / (2 * eta) + 1),
  };
}
