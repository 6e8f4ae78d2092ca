/**
 * The Invariance panel's method ids are public: links carry them (`show=gd,newton,gn,ngd`) and so
 * does "Download data". The core names its update rules by curvature instead (gd, and H, G, F
 * damped by η), because which method a curvature rule is depends on η, while `newton` in the
 * core is undamped Newton only. This module maps between the two at the panel's boundary, so the
 * rest of the panel speaks the public ids.
 */
import type { InvarianceResult, InvarianceSweep } from '../../core/precond/computeInvariance';
import type { InvPair, InvRule } from '../../core/precond/invariance';

export const INV_METHODS = ['gd', 'newton', 'gn', 'ngd'] as const;
export type InvMethod = (typeof INV_METHODS)[number];

const RULE: Record<InvMethod, InvRule> = { gd: 'gd', newton: 'H', gn: 'G', ngd: 'F' };
const METHOD: Record<InvRule, InvMethod> = { gd: 'gd', H: 'newton', G: 'gn', F: 'ngd' };

export const ruleOf = (m: InvMethod): InvRule => RULE[m];

export interface MethodPair extends Omit<InvPair, 'rule'> {
  method: InvMethod;
}

/** The core's result in the panel's ids. */
export interface InvarianceView extends Omit<InvarianceResult, 'defined' | 'pairs' | 'sweep'> {
  defined: Record<InvMethod, boolean>;
  pairs: MethodPair[];
  sweep: { etas: Float64Array; relative: Partial<Record<InvMethod, Float64Array>> };
  /** The sweep shown is of an earlier state: the worker is computing the current one. */
  sweepPending: boolean;
}

/** Same entries in the same order (the JSON export keeps its key order), keyed by method. */
function byMethod<T>(r: Partial<Record<InvRule, T>>): Partial<Record<InvMethod, T>> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [METHOD[k as InvRule], v]));
}

/**
 * The core's result in the panel's ids, with the deviation sweep from the result that carries
 * one (the panel computes it in a job of its own: `sweep` is the newest such result).
 */
export function toView(
  out: InvarianceResult,
  sweep: InvarianceSweep | null = out.sweep,
  currentSweepKey: string | null = sweep?.key ?? null,
): InvarianceView {
  const { defined, pairs } = out;
  const s = sweep ?? { etas: new Float64Array(0), relative: {} };
  return {
    ...out,
    defined: byMethod(defined) as Record<InvMethod, boolean>,
    pairs: pairs.map(({ rule, ...pair }) => ({ method: METHOD[rule], ...pair })),
    sweep: { etas: s.etas, relative: byMethod(s.relative) },
    sweepPending: !sweep || sweep.key !== currentSweepKey,
  };
}
