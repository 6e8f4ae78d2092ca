/** The panel's "Download data" document (JSON, version 1); its shape is in docs/panels/pst.md. */
import { emaTimescale, type BatchCurvature, type PrecondRun, type PstResult } from '../../core/pst';
import type { Mat2 } from '../../core/types';
import type { PstParams } from './params';

const rows = (a: Float64Array, width: number, count = a.length / width) => {
  const out: number[][] = [];
  for (let i = 0; i < count; i++) out.push(Array.from(a.subarray(i * width, i * width + width)));
  return out;
};
const mat = (m: Mat2) => [
  [m[0], m[1]],
  [m[2], m[3]],
];
const run = (r: PrecondRun) => ({
  status: r.status,
  divergedAt: r.divergedAt,
  divergence: r.divergence,
  iterates: rows(r.iterates, 2),
  loss: Array.from(r.loss),
});

const finite = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

/** The batch sweep (null until its job has answered). */
const batchDoc = (b: BatchCurvature | null) =>
  b && {
    batchSizes: Array.from(b.batchSizes),
    relError: finite(b.relError),
    stepAngleDeg: finite(b.stepAngleDeg),
    slope: b.slope,
    intercept: b.intercept,
    repetitions: b.repetitions,
    damping: b.damping,
    paramCount: b.paramCount,
    dataSize: b.dataSize,
  };

export function exportPst(
  p: PstParams,
  out: PstResult,
  shown: number,
  estimate: Mat2,
  batch: BatchCurvature | null,
) {
  const d = out.inputDim;
  return {
    panel: 'pst',
    version: 1,
    params: p,
    weights: { names: out.names, values: out.weights },
    samples: rows(out.samples, 2),
    empiricalSamples: rows(out.empirical, 2),
    recipe: {
      dataIndex: Array.from(out.recipe.index),
      x: rows(out.recipe.x, d),
      z: Array.from(out.recipe.z),
      sampledTarget: Array.from(out.recipe.sampledTarget),
      dz: Array.from(out.recipe.dz),
    },
    exactG: mat(out.exactG),
    exactEmpiricalFisher: mat(out.exactEmpirical),
    estimates: {
      shown,
      estimateShown: mat(estimate),
      sampleG: mat(out.sampleG),
      sampleEmpiricalFisher: mat(out.sampleEmpirical),
    },
    ema: {
      eta: p.eta,
      timescale: emaTimescale(p.eta),
      debiased: rows(out.ema.debiased, 2),
      raw: rows(out.ema.raw, 2),
    },
    gd: out.gd
      ? {
          lr: p.lr,
          lossMin: out.gd.lossMin,
          diagCurvature: mat(out.gd.diagCurvature),
          fullCurvature: mat(out.gd.fullCurvature),
          quadratic: out.gd.quadratic,
          wStar: out.gd.wStar,
          stableLr: out.gd.bounds,
          diag: run(out.gd.diag),
          full: run(out.gd.full),
        }
      : null,
    batchCurvature: batchDoc(batch),
    data: { inputs: rows(out.data.inputs, d), targets: Array.from(out.data.targets) },
  };
}
