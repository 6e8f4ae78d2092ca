/**
 * The deviation-vs-η sweep, incremental in the step budget: runs computed once with a longer
 * budget (the horizon) answer every shorter budget exactly, because a run with fewer steps is
 * the same run cut short. Dragging the steps slider then costs a few array scans per move
 * instead of re-running 23 η values × every rule × both parameterizations.
 */
import type { Affine2, Problem2 } from './affine';
import {
  deviationSweep,
  isDefined,
  runDeviation,
  runPair,
  type InvRule,
  type InvPair,
} from './invariance';
import type { Sized } from '../memo';
import { sweepHorizon } from './sweepHorizon';
import type { Trace } from './trace';
import type { Vec2 } from '../types';

/**
 * The run a budget of `steps` would have produced, from the same run with a larger budget; null
 * when that cannot be told (the longer run stopped for a reason at exactly `steps`, where the
 * shorter one may have stopped for its budget instead).
 */
export function truncateRun(t: Trace, steps: number): Trace | null {
  if (t.steps > steps) {
    return {
      status: 'max-steps',
      steps,
      iterates: t.iterates.subarray(0, 2 * (steps + 1)),
      loss: t.loss.subarray(0, steps + 1),
      reason: `stopped after maxSteps = ${steps} steps`,
    };
  }
  if (t.steps < steps || t.status === 'max-steps') return t;
  return null;
}

/** Relative deviation of a pair computed with a larger budget, as if run with `steps`. */
function truncatedRelative(pair: InvPair, steps: number): number | null {
  const theta = truncateRun(pair.theta, steps);
  const phi = truncateRun(pair.phi, steps);
  if (!theta || !phi) return null;
  const mapped = pair.phiMapped.subarray(0, phi.iterates.length);
  return runDeviation(theta, mapped, phi).relative;
}

export interface SweepInput {
  problem: Problem2;
  T: Affine2;
  theta0: Vec2;
  lr: number;
  etas: Float64Array;
}

/** The sweep for one problem, map, start and α; `relative(rule, steps)` for any budget. */
export class DeviationSweepCache implements Sized {
  private horizon = 0;
  private pairs = new Map<InvRule, (InvPair | null)[]>();

  constructor(
    private readonly input: SweepInput,
    /** The largest budget a request can ask for (the horizon never grows beyond it). */
    private readonly maxSteps: number,
  ) {}

  relative(rule: InvRule, steps: number): Float64Array {
    const { problem, T, theta0, lr, etas } = this.input;
    const out = new Float64Array(etas.length).fill(NaN);
    if (!isDefined(problem, rule)) return out;
    if (steps > this.horizon) this.extend(steps);
    let pairs = this.pairs.get(rule);
    if (!pairs) {
      // GD has nothing to damp: one pair serves every η.
      const runEtas = rule === 'gd' ? [0] : Array.from(etas);
      pairs = runEtas.map((eta) =>
        runPair(problem, T, rule, theta0, { lr, eta, maxSteps: this.horizon }),
      );
      this.pairs.set(rule, pairs);
    }
    for (let i = 0; i < etas.length; i++) {
      const pair = pairs[rule === 'gd' ? 0 : i];
      const v = pair ? truncatedRelative(pair, steps) : NaN;
      // The rare run that stopped exactly at the budget: compute it as asked.
      out[i] = v ?? this.direct(rule, steps, i);
    }
    return out;
  }

  /** The runs' arrays (what grows with the horizon); the memo asks after every use. */
  approxBytes(): number {
    let sum = 0;
    for (const pairs of this.pairs.values())
      for (const p of pairs)
        if (p)
          sum +=
            p.theta.iterates.byteLength +
            p.theta.loss.byteLength +
            p.phi.iterates.byteLength +
            p.phi.loss.byteLength +
            p.phiMapped.byteLength;
    return sum;
  }

  /** Grow the horizon in doubling buckets, so a drag towards more steps recomputes only log₂ times. */
  private extend(steps: number) {
    this.horizon = sweepHorizon(steps, this.maxSteps);
    this.pairs.clear();
  }

  private direct(rule: InvRule, steps: number, i: number): number {
    const { problem, T, theta0, lr, etas } = this.input;
    const eta = rule === 'gd' ? 0 : etas[i];
    return deviationSweep(
      problem,
      T,
      rule,
      theta0,
      { lr, maxSteps: steps },
      Float64Array.of(eta),
    )[0];
  }
}
