/**
 * The four update rules of the Newton and Damping panels on a 2-D objective:
 *   gd:            Δw = −α ∇J
 *   newton:        Δw = −H⁻¹ ∇J
 *   damped-newton: Δw = −(H + ηI)⁻¹ ∇J
 *   pd-newton:     Δw = −C⁻¹ ∇J, C = Gauss-Newton when the problem has one, else |H|,
 *                  eigenvalues floored so C ≻ 0 (the slide's "replace H by a PD matrix C").
 */
import {
  absEigen,
  addScaledIdentity,
  dot,
  isPD,
  norm,
  solveDamped,
  solveEig,
  symEig,
  type SymEig,
} from '../linalg/mat2';
import type { Mat2, MethodId, Objective2, Run2, Vec2 } from '../types';
import { detectCycle } from './cycling';

export interface MethodOptions {
  /** GD learning rate α (> 0); ignored by the Newton variants. */
  lr: number;
  /** Damping η ≥ 0 of damped-newton; ignored by the others. */
  eta: number;
  /** Maximum number of steps (iterates = steps + 1). */
  maxSteps: number;
  /** Stop when ‖∇J‖ < tol; default DEFAULT_TOL. */
  tol?: number;
}

export const DEFAULT_TOL = 1e-10;
/** A step shorter than this times (1 + ‖w‖) cannot move w in double precision any more. */
export const STEP_RTOL = 1e-14;
/** Iterates beyond this norm count as diverged: all problems live within |w| ≲ 10. */
export const DIVERGENCE_NORM = 1e6;

interface Step {
  curvature: Mat2;
  step: Vec2 | null;
  /** Set when step is null: why the curvature could not be inverted. */
  reason?: string;
}

/**
 * C and Δw = −C⁻¹g for one method at w, given g = ∇J(w). H is evaluated only by the methods that
 * use it (GD and Gauss-Newton runs skip it); pass it when the caller already has it.
 */
function computeStep(
  obj: Objective2,
  method: MethodId,
  w: Vec2,
  g: Vec2,
  opts: MethodOptions,
  H?: Mat2,
): Step {
  switch (method) {
    case 'gd':
      return {
        curvature: [1 / opts.lr, 0, 0, 1 / opts.lr],
        step: [-opts.lr * g[0], -opts.lr * g[1]],
      };
    // Newton is damped Newton at η = 0: one solve; each says in its own words when it fails.
    case 'newton':
    case 'damped-newton': {
      const hess = H ?? obj.hess(w);
      const eta = method === 'newton' ? 0 : opts.eta;
      const curvature = method === 'newton' ? hess : addScaledIdentity(hess, eta);
      const x = solveDamped(hess, eta, g);
      if (x) return { curvature, step: [-x[0], -x[1]] };
      const reason =
        method === 'newton'
          ? 'H is singular: the Newton step is undefined'
          : `H + ηI is singular (η = ${opts.eta} cancels an eigenvalue of H)`;
      return { curvature, step: null, reason };
    }
    case 'pd-newton': {
      const base = obj.gaussNewton ? obj.gaussNewton(w) : (H ?? obj.hess(w));
      const { matrix, eig } = absEigen(base);
      const x = solveEig(eig, g);
      return { curvature: matrix, step: [-x[0], -x[1]] };
    }
  }
}

function checkOptions(opts: MethodOptions): number {
  if (!Number.isInteger(opts.maxSteps) || opts.maxSteps < 0) {
    throw new RangeError(`maxSteps must be a non-negative integer, got ${opts.maxSteps}`);
  }
  if (!(opts.lr > 0) || !Number.isFinite(opts.lr)) {
    throw new RangeError(`lr must be a positive finite number, got ${opts.lr}`);
  }
  if (!(opts.eta >= 0) || !Number.isFinite(opts.eta)) {
    throw new RangeError(`eta must be a non-negative finite number, got ${opts.eta}`);
  }
  const tol = opts.tol ?? DEFAULT_TOL;
  if (!(tol > 0)) throw new RangeError(`tol must be positive, got ${tol}`);
  return tol;
}

/**
 * Run one method from x0 until ‖∇J‖ < tol, a negligible step, divergence, or maxSteps; a run
 * that used up maxSteps on a repeating tail is `cycling` (./cycling.ts).
 * Divergence (non-finite, singular curvature, ‖w‖ > 1e6) is a status, never an exception;
 * invalid options and a non-finite x0 are programming errors and throw RangeError.
 */
export function runMethod(obj: Objective2, method: MethodId, x0: Vec2, opts: MethodOptions): Run2 {
  checkOptions(opts);
  const run: Run2 = {
    method,
    ...runStepper(obj, x0, opts, (w, g) => computeStep(obj, method, w, g, opts)),
  };
  // A budget that ran out on a repeating tail is a cycle, not slow progress.
  const cycle = run.status === 'max-steps' ? detectCycle(run.iterates, run.steps) : null;
  if (cycle) {
    run.status = 'cycling';
    run.cycle = cycle;
    run.reason = `the last ${cycle.window} steps repeat with period ${cycle.period}`;
  }
  return run;
}

/** Δw at w given g = ∇J(w), or step: null with a reason when it cannot be computed. */
export type StepFn = (w: Vec2, g: Vec2) => { step: Vec2 | null; reason?: string };

/**
 * The iteration loop of runMethod for any update rule w ← w + Δw(w, ∇J(w)), with the same
 * stopping rules and divergence statuses (so other panels' optimizers report runs the same way).
 * Only opts.maxSteps and opts.tol are read.
 */
export function runStepper(
  obj: Pick<Objective2, 'value' | 'grad'>,
  x0: Vec2,
  opts: Pick<MethodOptions, 'maxSteps' | 'tol'>,
  stepFn: StepFn,
): Omit<Run2, 'method'> {
  if (!Number.isInteger(opts.maxSteps) || opts.maxSteps < 0) {
    throw new RangeError(`maxSteps must be a non-negative integer, got ${opts.maxSteps}`);
  }
  const tol = opts.tol ?? DEFAULT_TOL;
  if (!(tol > 0)) throw new RangeError(`tol must be positive, got ${tol}`);
  const f0 = obj.value(x0);
  if (!Number.isFinite(x0[0]) || !Number.isFinite(x0[1]) || !Number.isFinite(f0)) {
    throw new RangeError(`start point must be finite with a finite loss, got (${x0[0]}, ${x0[1]})`);
  }
  // One allocation for the worst case; trimmed with slice() so transfers stay small.
  const its = new Float64Array(2 * (opts.maxSteps + 1));
  const loss = new Float64Array(opts.maxSteps + 1);
  const directional = new Float64Array(opts.maxSteps);
  const gradNorm = new Float64Array(opts.maxSteps + 1).fill(NaN);
  its[0] = x0[0];
  its[1] = x0[1];
  loss[0] = f0;
  let w: Vec2 = x0;
  let k = 0; // index of the last stored iterate
  let status: Run2['status'] = 'max-steps';
  let divergedAt: number | undefined;
  let reason = `stopped after maxSteps = ${opts.maxSteps} steps`;

  for (;;) {
    const g = obj.grad(w);
    const gn = norm(g);
    gradNorm[k] = gn;
    if (!Number.isFinite(gn)) {
      status = 'diverged';
      divergedAt = k + 1;
      reason = `∇J is not finite at w_${k}`;
      break;
    }
    if (gn < tol) {
      status = 'converged';
      reason = `‖∇J‖ = ${gn.toExponential(2)} < tol = ${tol}`;
      break;
    }
    if (k === opts.maxSteps) break;

    const s = stepFn(w, g);
    if (!s.step) {
      status = 'diverged';
      divergedAt = k + 1;
      reason = `${s.reason ?? 'step undefined'} at w_${k}`;
      break;
    }
    const next: Vec2 = [w[0] + s.step[0], w[1] + s.step[1]];
    const fNext = obj.value(next);
    if (!Number.isFinite(next[0]) || !Number.isFinite(next[1]) || !Number.isFinite(fNext)) {
      status = 'diverged';
      divergedAt = k + 1;
      reason = `step ${k + 1} produced a non-finite iterate or loss`;
      break;
    }
    directional[k] = dot(g, s.step);
    k += 1;
    its[2 * k] = next[0];
    its[2 * k + 1] = next[1];
    loss[k] = fNext;
    const nextNorm = norm(next);
    if (nextNorm > DIVERGENCE_NORM) {
      status = 'diverged';
      divergedAt = k;
      reason = `‖w_${k}‖ = ${nextNorm.toExponential(2)} > ${DIVERGENCE_NORM}`;
      break;
    }
    if (norm(s.step) < STEP_RTOL * (1 + norm(w))) {
      status = 'converged';
      reason = `step ${k} is below ${STEP_RTOL}·(1 + ‖w‖)`;
      break;
    }
    w = next;
  }

  const run: Omit<Run2, 'method'> = {
    status,
    steps: k,
    iterates: its.slice(0, 2 * (k + 1)),
    loss: loss.slice(0, k + 1),
    reason,
    directional: directional.slice(0, k),
    gradNorm: gradNorm.slice(0, k + 1),
  };
  if (divergedAt !== undefined) run.divergedAt = divergedAt;
  return run;
}

export interface StepInfo {
  grad: Vec2;
  hess: Mat2;
  hessEig: SymEig;
  /** The matrix C of Δw = −C⁻¹∇J (for gd: I/α). */
  curvature: Mat2;
  /** Whether H + ηI is positive definite (the slide's condition for a guaranteed descent step). */
  dampedPD: boolean;
  /** Δw, or null when C is singular. */
  step: Vec2 | null;
  /** ∇Jᵀ Δw (NaN when step is null). */
  directional: number;
  /** ∇Jᵀ Δw < 0. */
  isDescent: boolean;
  /** Why step is null. */
  reason?: string;
}

/** Everything the panels annotate about one step of one method at w. */
export function stepInfo(
  obj: Objective2,
  method: MethodId,
  w: Vec2,
  opts: Pick<MethodOptions, 'lr' | 'eta'>,
): StepInfo {
  const grad = obj.grad(w);
  const hess = obj.hess(w);
  const s = computeStep(obj, method, w, grad, { ...opts, maxSteps: 0 }, hess);
  const directional = s.step ? dot(grad, s.step) : NaN;
  const info: StepInfo = {
    grad,
    hess,
    hessEig: symEig(hess),
    curvature: s.curvature,
    dampedPD: isPD(addScaledIdentity(hess, opts.eta)),
    step: s.step,
    directional,
    isDescent: directional < 0,
  };
  if (s.reason !== undefined) info.reason = s.reason;
  return info;
}

export type PointKind = 'min' | 'saddle' | 'max' | 'degenerate';

/** Eigenvalues within this fraction of the largest |λ| count as zero. */
export const DEGENERATE_RTOL = 1e-8;

/** The kind of the Hessian at w (meaningful at stationary points) from its eigenvalue signs. */
export function classifyPoint(obj: Objective2, w: Vec2): PointKind {
  const [l0, l1] = symEig(obj.hess(w)).values;
  const tol = DEGENERATE_RTOL * Math.max(Math.abs(l0), Math.abs(l1));
  if (!(Math.abs(l0) > tol && Math.abs(l1) > tol)) return 'degenerate';
  if (l0 > 0) return 'min';
  if (l1 < 0) return 'max';
  return 'saddle';
}
