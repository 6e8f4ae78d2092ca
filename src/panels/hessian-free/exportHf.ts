/** The panel's "Download data" document (a public shape; docs/panels/hessian-free.md). */
import type { Model2dResult, PcgStudy, ScalingResult } from '../../core/cg';
import type { TrainState } from '../../core/hf';
import type { HfParams } from './params';

const arr = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));
const pairs = (flat: Float64Array) =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

export function exportHf(
  p: HfParams,
  model: Model2dResult | null,
  scaling: ScalingResult | null,
  pcg: PcgStudy | null,
  train: TrainState | null,
) {
  return {
    panel: 'hessian-free',
    version: 1,
    params: p,
    model: model && {
      ...(model.custom ? { objective: { f: model.custom.f, tex: model.custom.tex } } : {}),
      curvature: model.curvature,
      w: model.w,
      grad: model.grad,
      C: model.C,
      eigenvalues: model.eig,
      positiveDefinite: model.pd,
      minimizer: model.vStar && [model.w[0] + model.vStar[0], model.w[1] + model.vStar[1]],
      qStar: model.qStar,
      k1Distance: model.k1Distance,
      runs: (['cg', 'gdFixed', 'gdExact'] as const).map((id) => ({
        method: id === 'cg' ? 'cg' : id === 'gdFixed' ? 'gd-fixed' : 'gd-exact',
        stop: model[id].stop,
        alpha: model[id].alpha ?? null,
        iterates: pairs(model[id].iterates),
        q: arr(model[id].q),
      })),
    },
    scaling: scaling && {
      n: scaling.n,
      kappa: scaling.kappa,
      distinctEigenvalues: scaling.distinct,
      eigenvalues: arr(scaling.lambda),
      cgGap: arr(scaling.cgGap),
      gdGap: arr(scaling.gdGap),
      // The PCG study (its own job; null until computed): the same model as DAD, D spans [1, s].
      diagonalScale: pcg && pcg.dScale,
      pcgGap: pcg && arr(pcg.pcgGap),
      scaledCgGap: pcg && arr(pcg.cgGap),
      cgSolveIterations: scaling.cgSolveIters,
      tolerance: scaling.tol,
      sweep: {
        kappa: arr(scaling.sweep.kappa),
        cgMvps: arr(scaling.sweep.cg),
        gdMvps: arr(scaling.sweep.gd),
      },
      slopes: scaling.slopes,
    },
    training: train && {
      config: train.config,
      done: train.done,
      failed: train.failed,
      initialLoss: train.initialLoss,
      methods: (['hf', 'sgd', 'adam'] as const).map((m) => ({
        method: m,
        steps: train[m].steps,
        gradientEvaluations: train[m].grads,
        mvps: train[m].mvps,
        computeMs: train[m].timeMs,
        curve: {
          timeMs: arr(train[m].curve.timeMs),
          epochs: arr(train[m].curve.epochs),
          work: arr(train[m].curve.work),
          loss: arr(train[m].curve.loss),
        },
      })),
      cg: {
        iterations: arr(train.hf.stats.cgIters),
        chosenIteration: arr(train.hf.stats.chosenIter),
        lambda: arr(train.hf.stats.lambda),
        rho: arr(train.hf.stats.rho),
        stepSize: arr(train.hf.stats.rate),
      },
    },
  };
}
