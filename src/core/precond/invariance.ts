/**
 * Affine invariance (docs/math.md#affine-invariance): run an update rule on J(θ) from θ₀, and on
 * J(Mφ + c) from φ₀ = M⁻¹(θ₀ − c); map the φ iterates back with θ = Mφ + c and compare. The
 * rules are gradient descent and a curvature C ∈ {H, G, F} damped by η:
 *   gd  Δ = −α∇J              not invariant (Δθ from φ is −α MMᵀ∇J)
 *   H   Δ = −(H + ηI)⁻¹∇J     η = 0: Newton, invariant; η > 0: damped Newton
 *   G   Δ = −(G + ηI)⁻¹∇J     η = 0: Gauss-Newton, invariant (where G exists); η > 0: damped
 *   F   Δ = −(F + ηI)⁻¹∇J     η = 0: natural gradient, invariant (where F exists); η > 0: damped
 * The ids name the curvature, not a method, because the method depends on η: 'newton' elsewhere
 * in the core is undamped Newton only. In φ, H_φ = MᵀHM, G_φ = MᵀGM, F_φ = MᵀFM and
 * ∇_φJ = Mᵀ∇J, so the undamped step maps to the θ step exactly; ηI is a Euclidean proximity
 * term, and Euclidean distance in φ is not in θ.
 */
import { solveDamped } from '../linalg/mat2';
import { runStepper } from '../newton/methods';
import type { Mat2, Vec2 } from '../types';
import { invertAffine, mapFlat, reparameterize, type Affine2, type Problem2 } from './affine';
import { deviation, type Deviation, type Trace } from './trace';

/** Gradient descent, then the damped curvature rules by matrix: Hessian, Gauss-Newton, Fisher. */
export const INV_RULES = ['gd', 'H', 'G', 'F'] as const;
export type InvRule = (typeof INV_RULES)[number];

export interface InvOptions {
  /** GD learning rate α. */
  lr: number;
  /** Damping η ≥ 0 of the curvature rules (ignored by GD, which has no curvature to damp). */
  eta: number;
  maxSteps: number;
}

/** The curvature matrix a rule uses, or null (GD uses none; G and F may be undefined). */
export function curvatureOf(p: Problem2, rule: InvRule): ((w: Vec2) => Mat2) | null {
  switch (rule) {
    case 'gd':
      return null;
    case 'H':
      return (w) => p.hess(w);
    case 'G':
      return p.gaussNewton;
    case 'F':
      return p.fisher;
  }
}

/** Whether a rule can run on a problem (G and F need the problem's likelihood structure). */
export function isDefined(p: Problem2, rule: InvRule): boolean {
  return rule === 'gd' || curvatureOf(p, rule) !== null;
}

/** One run of a rule in the problem's own coordinates; null when the rule is undefined. */
export function runInv(p: Problem2, rule: InvRule, x0: Vec2, opts: InvOptions): Trace | null {
  if (rule === 'gd') {
    return runStepper(p, x0, opts, (_, g) => ({ step: [-opts.lr * g[0], -opts.lr * g[1]] }));
  }
  const C = curvatureOf(p, rule);
  if (!C) return null;
  return runStepper(p, x0, opts, (w, g) => {
    const x = solveDamped(C(w), opts.eta, g);
    return x
      ? { step: [-x[0], -x[1]] }
      : { step: null, reason: 'the curvature (+ ηI) is singular: the step is undefined' };
  });
}

export interface InvPair {
  rule: InvRule;
  theta: Trace;
  /** The run in φ coordinates, iterates in φ. */
  phi: Trace;
  /** phi's iterates mapped back by θ = Mφ + c. */
  phiMapped: Float64Array;
  deviation: Deviation;
}

/** The same rule in θ and in φ (θ = Mφ + c), and how far apart the θ-space trajectories are. */
export function runPair(
  p: Problem2,
  T: Affine2,
  rule: InvRule,
  theta0: Vec2,
  opts: InvOptions,
): InvPair | null {
  const phi0 = invertAffine(T, theta0);
  if (!phi0) return null;
  const theta = runInv(p, rule, theta0, opts);
  const phi = runInv(reparameterize(p, T), rule, phi0, opts);
  if (!theta || !phi) return null;
  const phiMapped = mapFlat(T, phi.iterates);
  return { rule, theta, phi, phiMapped, deviation: runDeviation(theta, phiMapped, phi) };
}

/**
 * Deviation between a run and a mapped-back run, over the iterates before either blew up: a
 * diverging run multiplies every difference (rounding included) by its own growth, so its
 * blow-up iterate says nothing about invariance. Whether both diverged is the runs' status.
 */
export function runDeviation(a: Trace, bMapped: Float64Array, b: Trace): Deviation {
  const limit = Math.min(a.divergedAt ?? Infinity, b.divergedAt ?? Infinity);
  if (!Number.isFinite(limit)) return deviation(a.iterates, bMapped);
  const n = 2 * Math.max(1, limit);
  return deviation(a.iterates.subarray(0, n), bMapped.subarray(0, n));
}

/**
 * Relative deviation (max distance / distance travelled) of a rule's two parameterizations
 * for each damping η: the "invariance breaks gradually" curve. NaN where the rule is undefined.
 */
export function deviationSweep(
  p: Problem2,
  T: Affine2,
  rule: InvRule,
  theta0: Vec2,
  opts: Omit<InvOptions, 'eta'>,
  etas: Float64Array,
): Float64Array {
  const out = new Float64Array(etas.length).fill(NaN);
  if (!isDefined(p, rule)) return out;
  if (rule === 'gd') {
    const r = runPair(p, T, rule, theta0, { ...opts, eta: 0 });
    return out.fill(r ? r.deviation.relative : NaN);
  }
  etas.forEach((eta, i) => {
    const r = runPair(p, T, rule, theta0, { ...opts, eta });
    out[i] = r ? r.deviation.relative : NaN;
  });
  return out;
}
