/**
 * A user-typed objective f(x, y) as the panels' compute functions receive it. Parsing needs
 * mathjs, which stays outside the pure core (see worker/customObjective), so the worker parses
 * and hands the core a CustomSource.
 */
import type { Domain2 } from '../field/domain';
import type { GridEvaluator } from '../field/grid';
import type { Objective2, ProblemId, Vec2 } from '../types';

/** What the panel needs to show about a user-typed objective. */
export interface CustomInfo {
  tex: string;
  /** The expression actually plotted (the default when the typed one failed to parse). */
  f: string;
  domain: Domain2;
  /** True when the domain was fitted automatically (no manual range in the request). */
  fitted: boolean;
  warnings: string[];
  /** Why the typed expression was rejected, when it was. */
  error: { message: string; position: number | null } | null;
  stationary: Objective2['stationary'];
}

/** A parsed user-typed objective with its fast grid evaluator. */
export interface CustomSource {
  objective: Objective2;
  info: CustomInfo;
  grid: GridEvaluator;
}

/**
 * The objective a request names: the parsed one for problem = custom (it must have been given:
 * parsing needs mathjs, outside the pure core), else `shared(problem)`.
 */
export function requestObjective<P extends string>(
  problem: P | 'custom',
  custom: CustomSource | undefined,
  shared: (problem: P) => Objective2,
): Objective2 {
  if (custom) return custom.objective;
  if (problem === 'custom') throw new Error('A custom objective needs its parsed expression.');
  return shared(problem);
}

/** The URL-facing part of a request that names a typed objective. */
export interface CustomRequest {
  /** The typed objective (used when problem = custom). */
  f?: string;
  /** Manual view box [xmin, xmax, ymin, ymax]; null or absent = fitted around the start. */
  range?: readonly [number, number, number, number] | null;
}

/**
 * What every 2-D panel's request starts with: the problem (named or typed), where the runs start,
 * the step size, the damping and the run length; each panel adds its own fields.
 */
export interface RunRequest2 extends CustomRequest {
  problem: ProblemId | 'custom';
  /** Condition number of the quadratic problem (ignored by the others). */
  kappa: number;
  /** Start w⁽⁰⁾ (θ₀ in the Invariance panel, where φ₀ = M⁻¹(θ₀ − c)). */
  x0: Vec2;
  /** GD learning rate α. */
  lr: number;
  /** Damping η of the curvature methods (η = 0: undamped Newton, Gauss-Newton, natural gradient). */
  eta: number;
  steps: number;
}
