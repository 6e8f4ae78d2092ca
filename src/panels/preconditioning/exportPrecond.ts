import type { PrecondResult } from '../../core/precond/computePrecond';
import type { Trace } from '../../core/precond/trace';
import { objectiveJson, type ObjectiveView } from '../shared/objectiveView';
import type { PrecondParams } from './params';

const pairs = (a: Float64Array) => {
  const r: [number, number][] = [];
  for (let i = 0; i + 1 < a.length; i += 2) r.push([a[i], a[i + 1]]);
  return r;
};

function run(name: string, t: Trace, extra: Record<string, unknown> = {}) {
  return {
    name,
    status: t.status,
    steps: t.steps,
    ...(t.divergedAt !== undefined ? { divergedAt: t.divergedAt } : {}),
    iterates: pairs(t.iterates),
    loss: Array.from(t.loss),
    ...extra,
  };
}

/** The Preconditioning panel's "Download data" document (public; docs/panels/preconditioning.md). */
export function exportPrecond(p: PrecondParams, out: PrecondResult, obj: ObjectiveView) {
  const pt = out.point;
  return {
    panel: 'preconditioning',
    version: 1,
    params: p,
    objective: objectiveJson(obj),
    runs: [
      run('preconditioned-gd', out.direct),
      ...(out.viaTilde
        ? [
            run('gd-in-tilde', out.viaTilde, {
              tildeIterates: out.tildeIterates ? pairs(out.tildeIterates) : null,
            }),
          ]
        : []),
      ...(out.plainGd ? [run('plain-gd', out.plainGd)] : []),
    ],
    distance: out.distance,
    stepMismatch: out.stepMismatch,
    singular: out.singular,
    iterate: {
      k: pt.k,
      w: pt.w,
      R: pt.R,
      hessian: pt.H,
      hessianTilde: pt.Ht,
      eigenvalues: pt.eigH.values,
      eigenvaluesTilde: pt.eigHt.values,
      kappa: pt.kappaH,
      kappaTilde: pt.kappaHt,
      usedAbsH: pt.replaced,
    },
    quadratic: out.quad,
    diagonal: out.jacobi
      ? {
          kappa: out.jacobi.kappa,
          angles: Array.from(out.jacobi.angles),
          after: Array.from(out.jacobi.after),
          atAngle: out.jacobi.atAngle,
        }
      : null,
  };
}
