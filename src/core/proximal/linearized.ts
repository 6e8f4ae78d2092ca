/**
 * The slide's linearized updates ("SGD: linear approximation to loss, no FSD term"): with the loss
 * replaced by its first-order model and the WSD kept, the proximal objective
 *
 *   ∇L(w⁽ᵏ⁾)ᵀΔ + (λ_WSD/2)‖Δ‖²   is minimized by   Δ_SGD = −∇L(w⁽ᵏ⁾)/λ_WSD,
 *
 * an SGD step with learning rate 1/λ_WSD; without the WSD (λ_WSD = 0) the model is unbounded.
 * It is to Loss + WSD what the natural-gradient step (ngd.ts) is to Loss + WSD + FSD: its
 * first-order approximation, exact as the step shrinks. `departure` measures how far a linearized
 * step is from the proximal step K inner steps found.
 */
import type { ProximalObjective } from './objective';

export interface SgdStep {
  /** w⁽ᵏ⁾ + Δ (w⁽ᵏ⁾ itself when unbounded). */
  readonly w: Float64Array;
  readonly delta: Float64Array;
  readonly status: 'ok' | 'unbounded';
  /** 1/λ_WSD: the learning rate this SGD step takes. */
  readonly learningRate: number;
}

export function sgdStep(obj: ProximalObjective, lambdaWsd: number): SgdStep {
  const P = obj.layout.paramCount;
  const g = new Float64Array(P);
  obj.lossGradient(obj.anchor, g);
  const ok = lambdaWsd > 0;
  const delta = ok ? g.map((v) => -v / lambdaWsd) : new Float64Array(P);
  const w = obj.anchor.map((v, i) => v + delta[i]);
  return { w, delta, status: ok ? 'ok' : 'unbounded', learningRate: ok ? 1 / lambdaWsd : Infinity };
}

export interface Departure {
  /** ‖Δ_lin − Δ_prox‖ / ‖Δ_prox‖. */
  readonly stepDeparture: number;
  /** RMS over the curve grid of f(x, w_lin) − f(x, w_prox). */
  readonly functionDeparture: number;
  /** ‖Δ_prox‖, the size of the proximal step it is compared with. */
  readonly proxStepNorm: number;
}

/** How far a linearized step (delta, its curve f) is from the proximal result (proxW, proxF). */
export function departure(
  anchor: Float64Array,
  delta: Float64Array,
  proxW: Float64Array,
  f: Float64Array,
  proxF: Float64Array,
  ok: boolean,
): Departure {
  let dd = 0;
  let pp = 0;
  for (let i = 0; i < anchor.length; i++) {
    const dp = proxW[i] - anchor[i];
    dd += (delta[i] - dp) ** 2;
    pp += dp * dp;
  }
  let ff = 0;
  for (let i = 0; i < f.length; i++) ff += (f[i] - proxF[i]) ** 2;
  return {
    stepDeparture: ok ? Math.sqrt(dd) / Math.sqrt(pp) : NaN,
    functionDeparture: ok ? Math.sqrt(ff / f.length) : NaN,
    proxStepNorm: Math.sqrt(pp),
  };
}
