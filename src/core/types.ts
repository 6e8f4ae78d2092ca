import type { Domain2 } from './field/domain';

/** A point in the 2-D parameter space w = (w₁, w₂) — never a screen coordinate. */
export type Vec2 = readonly [w1: number, w2: number];

/** A 2×2 matrix in row-major order [a₁₁, a₁₂, a₂₁, a₂₂]. */
export type Mat2 = readonly [a11: number, a12: number, a21: number, a22: number];

/** Problem ids are public: they appear in URLs and in the "Download data" JSON. */
export const PROBLEM_IDS = ['quadratic', 'rosenbrock', 'logistic', 'saddle', 'himmelblau'] as const;
export type ProblemId = (typeof PROBLEM_IDS)[number];

/** Method ids are public: they appear in URLs and in the "Download data" JSON. */
export const METHOD_IDS = ['gd', 'newton', 'damped-newton', 'pd-newton'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/**
 * How a run ended (public: the "Download data" JSON carries it). `cycling` is only given by the
 * Newton and Damping panels' runs (core/newton/cycling.ts): the step budget ran out while the
 * iterates repeat with a period p ≥ 2 (docs/panels/newton.md#download-data-json-version-1).
 */
export type RunStatus = 'converged' | 'diverged' | 'max-steps' | 'cycling';

/** A 2-D objective J(w) with exact first and second derivatives. */
export interface Objective2 {
  /** A built-in problem id, or 'custom' for a user-typed f(x, y). */
  readonly id: ProblemId | 'custom';
  readonly label: string;
  /** Formula of J in TeX, for the panel header. */
  readonly tex: string;
  value(w: Vec2): number;
  grad(w: Vec2): Vec2;
  hess(w: Vec2): Mat2;
  /**
   * A positive semi-definite curvature that the problem's structure supplies (Gauss-Newton for
   * sums of squares), or undefined when the PD replacement must come from |eigenvalues| of H.
   */
  gaussNewton?(w: Vec2): Mat2;
  /** A view box that shows the interesting structure: [[x_min, x_max], [y_min, y_max]]. */
  readonly domain: Domain2;
  /** Known stationary points, for markers. */
  readonly stationary: readonly { w: Vec2; kind: 'min' | 'saddle' | 'max' }[];
  /** Default start point for the Newton panel. */
  readonly start: Vec2;
  /** Whether contour levels read better log-spaced above the minimum. */
  readonly logLevels: boolean;
}

/** The result of one optimizer run; iterates start with the start point. */
export interface Run2 {
  method: MethodId;
  status: RunStatus;
  /** Number of steps taken (iterates.length / 2 − 1). */
  steps: number;
  /** Flat [x₀, y₀, x₁, y₁, …]. */
  iterates: Float64Array;
  /** J at each iterate. */
  loss: Float64Array;
  /**
   * When status is 'diverged': the index k of the first iterate w_k that is unusable — non-finite
   * (not stored; iterates end at w_{k−1}), not computable because the curvature was singular at
   * w_{k−1} (not stored), or beyond ‖w‖ > 1e6 (stored as the last iterate, so the blow-up shows).
   */
  divergedAt?: number;
  /** Why the run stopped, in words for the panel (singular curvature, blow-up, …). */
  reason?: string;
  /**
   * ∇J(w_k)ᵀΔw_k for each step taken (length = steps): negative where the step was a descent
   * direction. Lets the panels mark a descent step on which the loss still went up.
   */
  directional?: Float64Array;
  /** ‖∇J(w_k)‖ at each iterate (length = steps + 1; NaN where it was not computed or not finite). */
  gradNorm?: Float64Array;
  /** When status is 'cycling': the period p and the last window of steps it was measured on. */
  cycle?: CycleInfo;
}

/** A run's tail that repeats: ‖w_{k+p} − w_k‖ ≤ closeness · ‖w_{k+1} − w_k‖ over the window. */
export interface CycleInfo {
  period: number;
  /** Number of final steps over which the repetition holds. */
  window: number;
  /** max_k ‖w_{k+p} − w_k‖ / min_k ‖w_{k+1} − w_k‖ over the window. */
  closeness: number;
}
