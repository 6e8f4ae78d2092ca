import type { PanelId } from '../../params/panelIds';
import type { Opt2dResult } from '../../core/newton/compute';
import { descentLossUpSteps } from '../../core/newton/runFacts';
import type { ObjectiveView } from './objectiveView';
import type { Params } from '../../params/codec';

/**
 * The public "Download data" document of the Newton and Damping panels (version 1; documented in
 * docs/panels/newton.md and docs/panels/damping.md).
 * Non-finite numbers become null, as JSON has no Infinity or NaN.
 */
export function exportOpt2d(
  panel: PanelId,
  params: Params,
  out: Opt2dResult,
  obj: ObjectiveView,
  extra: Record<string, unknown> = {},
) {
  const pairs = (a: Float64Array) => {
    const r: [number, number][] = [];
    for (let i = 0; i + 1 < a.length; i += 2) r.push([a[i], a[i + 1]]);
    return r;
  };
  return {
    panel,
    version: 1,
    params,
    runs: out.runs.map((r) => ({
      method: r.method,
      status: r.status,
      steps: r.steps,
      ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
      ...(r.cycle ? { cycle: { period: r.cycle.period, window: r.cycle.window } } : {}),
      iterates: pairs(r.iterates),
      loss: Array.from(r.loss),
      lossUpSteps: descentLossUpSteps(r),
    })),
    objective: {
      id: obj.id,
      label: obj.label,
      tex: obj.tex,
      stationary: obj.stationary,
      ...(out.custom ? { f: out.custom.f, domain: out.custom.domain } : {}),
    },
    iterate: {
      method: out.focus.method,
      k: out.focus.k,
      w: out.focus.w,
      loss: out.focus.loss,
      grad: out.focus.grad,
      hessian: out.focus.hess,
      hessianEigenvalues: out.focus.hessEigenvalues,
      step: out.focus.step,
      isDescent: out.focus.isDescent,
      taylorMinimizer: out.taylor.minimizer,
      taylorKind: out.taylor.kind,
    },
    dampingPath: { eta: Array.from(out.damping.etas), step: pairs(out.damping.steps) },
    pdCurvature: out.pdCurvature,
    ...(out.cobweb
      ? {
          cobweb: {
            coordinate: out.cobweb.coordinate,
            eta: out.cobweb.eta,
            follows: out.cobweb.follows,
            staircase: Array.from(out.cobweb.staircase),
            twoCycles: out.cobweb.cycles,
            threshold: out.cobweb.threshold,
            etaStar: out.cobweb.etaStar,
          },
        }
      : {}),
    ...extra,
  };
}
