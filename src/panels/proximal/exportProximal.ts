import type { ProximalResult, SameComputeResult, SequenceResult } from '../../core/proximal';
import { PROXIMAL_NET } from '../../core/proximal';
import type { ProximalParams } from './params';

/**
 * The panel's public "Download data" document (version 1, in docs/panels/proximal.md).
 * NaN becomes null through JSON.stringify.
 */
export function exportProximal(
  p: ProximalParams,
  out: ProximalResult,
  seq: SequenceResult | null,
  same: SameComputeResult | null,
) {
  const list = (a: ArrayLike<number>) => Array.from(a);
  const prev = out.views[0];
  return {
    panel: 'proximal',
    version: 1,
    params: p,
    network: { ...PROXIMAL_NET, paramCount: out.paramCount, pretrainLoss: out.pretrainLoss },
    data: {
      x: list(out.dataX),
      t: list(out.dataT),
      seen: Array.from(out.seen, (s) => s === 1),
      batch: list(out.batch),
      fsdInputs: list(out.fsdInputs),
    },
    curveX: list(out.curveX),
    views: out.views.map((v) => ({
      id: v.id,
      lambdaFsd: v.lambdaFsd,
      lambdaWsd: v.lambdaWsd,
      f: list(v.f),
      batchLoss: v.terms.loss,
      fsd: v.terms.fsd,
      wsd: v.terms.wsd,
      objective: v.terms.total,
      outsideLoss: v.outsideLoss,
      retainedLoss: v.retainedLoss,
      forgot: v.retainedLoss - prev.retainedLoss,
      gradNorm: v.gradNorm,
      lrLimit: v.lrLimit,
      status: v.status,
      ...(v.divergedAt !== undefined ? { divergedAt: v.divergedAt } : {}),
      objectiveHistory: list(v.objective),
    })),
    ngd: out.ngd,
    sgd: out.sgd,
    // Held-out loss after 0, 1, …, K gradient evaluations, equal counts for both methods.
    sameCompute: same && {
      gradientEvaluations: list(same.gradientEvaluations),
      proximal: list(same.proximal.heldOut),
      sgd: list(same.sgd.heldOut),
      batchSize: same.batchSize,
      pool: same.pool,
      heldOutSize: same.heldOutN,
      examples: { proximal: same.proximal.examples, sgd: same.sgd.examples },
      status: { proximal: same.proximal.status, sgd: same.sgd.status },
      ...(same.proximal.divergedAt !== undefined || same.sgd.divergedAt !== undefined
        ? {
            divergedAt: {
              proximal: same.proximal.divergedAt ?? null,
              sgd: same.sgd.divergedAt ?? null,
            },
          }
        : {}),
    },
    sequence: seq && {
      batches: seq.batches.map(list),
      curveX: list(seq.curveX),
      runs: seq.runs.map((r) => ({
        method: r.method,
        status: r.status,
        ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
        gradientEvals: r.gradientEvals,
        seenLoss: list(r.seenLoss),
        newLoss: list(r.newLoss),
        f: list(r.f),
      })),
    },
  };
}
