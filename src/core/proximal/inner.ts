/**
 * "GD on the proximal objective": K steps of gradient descent (or Adam) on Q, started at the
 * previous iterate w⁽ᵏ⁾ — each step costs one forward and one backward pass, like an SGD step.
 *
 * Divergence is a state, not a crash: a non-finite Q or ‖w − w⁽ᵏ⁾‖ > 10⁶ stops the run and
 * returns the last finite iterate with the step at which it happened.
 */
import type { ProximalObjective, ProximalTerms, ProximalWeights } from './objective';

import type { InnerMethod } from './choices';
export { INNER_METHODS, type InnerMethod } from './choices';

export interface InnerOptions {
  readonly method: InnerMethod;
  /** K, the number of steps (0 returns w⁽ᵏ⁾). */
  readonly steps: number;
  /** α, the inner learning rate. */
  readonly lr: number;
}

export interface InnerRun {
  /** The final iterate (the last finite one if the run diverged). */
  readonly w: Float64Array;
  /** Q at w⁽ᵏ⁾ and after each completed step (length = completed steps + 1). */
  readonly objective: Float64Array;
  /** The terms of Q at the returned w. */
  readonly terms: ProximalTerms;
  /** ‖∇Q‖ at the returned w: how far from the exact proximal solution K steps left us. */
  readonly gradNorm: number;
  readonly status: 'ok' | 'diverged';
  /** The step at which Q stopped being finite or w ran away (only when diverged). */
  readonly divergedAt?: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;
const RUNAWAY = 1e6;

/**
 * Minimizes Q approximately with K steps from its anchor w⁽ᵏ⁾. `onStep(t, w)` sees each accepted
 * iterate (t = 1 … completed steps; w is the live buffer: copy or use it at once).
 */
export function minimizeProximal(
  obj: ProximalObjective,
  lambdas: ProximalWeights,
  options: InnerOptions,
  onStep?: (t: number, w: Float64Array) => void,
): InnerRun {
  const { method, steps, lr } = options;
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError('K must be an integer ≥ 0');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new RangeError('the learning rate must be > 0');
  if (!(lambdas.lambdaFsd >= 0) || !(lambdas.lambdaWsd >= 0)) {
    throw new RangeError('λ_FSD and λ_WSD must be ≥ 0');
  }
  const P = obj.layout.paramCount;
  const w = obj.anchor.slice();
  const prev = new Float64Array(P);
  const grad = new Float64Array(P);
  const m = method === 'adam' ? new Float64Array(P) : grad;
  const v = method === 'adam' ? new Float64Array(P) : grad;
  const history = new Float64Array(steps + 1);
  history[0] = obj.valueAndGradient(w, lambdas, grad);
  let done = 0;
  let divergedAt: number | undefined;
  for (let t = 1; t <= steps; t++) {
    prev.set(w);
    if (method === 'gd') {
      for (let i = 0; i < P; i++) w[i] -= lr * grad[i];
    } else {
      const c1 = 1 - BETA1 ** t;
      const c2 = 1 - BETA2 ** t;
      for (let i = 0; i < P; i++) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
        v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
        w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + EPS);
      }
    }
    const next = obj.valueAndGradient(w, lambdas, grad);
    if (!Number.isFinite(next) || runaway(w, obj.anchor)) {
      divergedAt = t;
      w.set(prev);
      break;
    }
    history[t] = next;
    done = t;
    onStep?.(t, w);
  }
  // After a divergence the gradient buffer belongs to the rejected iterate: recompute it.
  if (divergedAt !== undefined) obj.valueAndGradient(w, lambdas, grad);
  const terms = obj.evaluate(w, lambdas);
  let g2 = 0;
  for (let i = 0; i < P; i++) g2 += grad[i] * grad[i];
  return {
    w,
    objective: history.slice(0, done + 1),
    terms,
    gradNorm: Math.sqrt(g2),
    status: divergedAt === undefined ? 'ok' : 'diverged',
    ...(divergedAt !== undefined ? { divergedAt } : {}),
  };
}

/** ‖w − w⁽ᵏ⁾‖ beyond 10⁶ (or NaN): the run has diverged even while Q is still finite. */
export function runaway(w: Float64Array, anchor: Float64Array): boolean {
  let sq = 0;
  for (let i = 0; i < w.length; i++) sq += (w[i] - anchor[i]) ** 2;
  return !(Math.sqrt(sq) <= RUNAWAY);
}
