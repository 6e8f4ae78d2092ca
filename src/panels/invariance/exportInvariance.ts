import type { InvarianceView } from './methods';
import type { Trace } from '../../core/precond/trace';
import { objectiveJson, type ObjectiveView } from '../shared/objectiveView';
import { verdict } from './caption';
import type { InvParams } from './params';

const pairs = (a: Float64Array) => {
  const r: [number, number][] = [];
  for (let i = 0; i + 1 < a.length; i += 2) r.push([a[i], a[i + 1]]);
  return r;
};

const run = (t: Trace) => ({
  status: t.status,
  steps: t.steps,
  ...(t.divergedAt !== undefined ? { divergedAt: t.divergedAt } : {}),
  iterates: pairs(t.iterates),
  loss: Array.from(t.loss),
});

/** The Invariance panel's "Download data" document (public; docs/panels/invariance.md). */
export function exportInvariance(p: InvParams, out: InvarianceView, obj: ObjectiveView) {
  return {
    panel: 'invariance',
    version: 1,
    params: p,
    objective: objectiveJson(obj),
    map: { M: [p.m1[0], p.m2[0], p.m1[1], p.m2[1]], c: p.c, ...out.mInfo },
    singular: out.singular,
    model: out.model,
    defined: out.defined,
    phi0: out.phi0,
    runs: out.pairs.map((pair) => ({
      method: pair.method,
      theta: run(pair.theta),
      phi: run(pair.phi),
      phiMappedToTheta: pairs(pair.phiMapped),
      deviation: pair.deviation,
      verdict: verdict(pair),
    })),
    // null for the moment after a change while the worker computes the new sweep: the one
    // drawn then belongs to the state before.
    sweep: out.sweepPending
      ? null
      : {
          eta: Array.from(out.sweep.etas),
          relativeDeviation: Object.fromEntries(
            Object.entries(out.sweep.relative).map(([m, v]) => [m, v ? Array.from(v) : null]),
          ),
        },
  };
}
