/** The "Download data" documents of the kfac panel (shapes documented in docs/panels/kfac.md). */
import { PST_EMA } from '../../core/kfac';
import type {
  CurvatureResult,
  KfacTrainState,
  KronChecks,
  MethodRun,
  RepresentationSizes,
  SampledResult,
  StructureOf,
} from '../../core/kfac';
import type { Mat } from '../../core/linalg';
import type { KfacParams } from './params';
import type { MoreChecks } from './KronMoreView';

const num = (v: number) => (Number.isFinite(v) ? v : null);
const arr = (v: ArrayLike<number>) => Array.from(v, num);
/** Rows of a matrix, as nested arrays. */
export function rowsOf(data: ArrayLike<number>, rows: number, cols: number) {
  return Array.from({ length: rows }, (_, i) =>
    arr(Array.prototype.slice.call(data, i * cols, (i + 1) * cols)),
  );
}
const m = (M: Mat) => rowsOf(M.data, M.rows, M.cols);

interface KronMatrices {
  A: Mat;
  B: Mat;
  X: Mat;
  C: Mat;
  D: Mat;
  u: number[];
  v: number[];
}

export function exportKron(p: KfacParams, mats: KronMatrices, c: KronChecks, more: MoreChecks) {
  const { A, B, X, C, D, u, v } = mats;
  const s = more.structure;
  const of = (x: StructureOf) => ({ has: x.has, measure: num(x.measure) });
  return {
    panel: 'kfac',
    version: 1,
    view: 'kron',
    params: p,
    A: m(A),
    B: m(B),
    X: m(X),
    C: m(C),
    D: m(D),
    u: arr(u),
    v: arr(v),
    kron: m(c.K),
    vecX: arr(c.vecX),
    AXB: m(c.AXB),
    checks: {
      vec: { lhs: arr(c.vecLhs), rhs: arr(c.vecRhs), maxDiff: num(c.vecIdentity.maxDiff) },
      mixedProduct: num(c.mixedProduct.maxDiff),
      transpose: num(c.transpose.maxDiff),
      trace: { lhs: num(c.trace.lhs), rhs: num(c.trace.rhs) },
      detA: num(c.detA),
      detB: num(c.detB),
      inverse: c.inverse.ok
        ? { inverse: m(c.inverse.inverse), maxDiff: num(c.inverse.maxDiff) }
        : { reason: c.inverse.reason },
      eigen: c.eigen.ok
        ? {
            lambda: arr(c.eigen.lambda),
            nu: arr(c.eigen.nu),
            products: arr(c.eigen.products),
            kronEigenvalues: arr(c.eigen.kronEigenvalues),
            maxDiff: num(c.eigen.maxDiff),
            vectorResidual: num(c.eigen.vectorResidual),
          }
        : { reason: c.eigen.reason },
      vecOuter: {
        lhs: arr(more.outer.lhs),
        rhs: arr(more.outer.rhs),
        maxDiff: num(more.outer.maxDiff),
      },
      mixedProductCD: {
        AC: m(more.mixed.rhsFactors.AC),
        BD: m(more.mixed.rhsFactors.BD),
        maxDiff: num(more.mixed.maxDiff),
      },
    },
    structure: { property: s.structure, A: of(s.A), B: of(s.B), kron: of(s.kron) },
  };
}

/** `s` is null for the moment after a change while the sampled estimate is computed. */
export function exportCurvature(
  p: KfacParams,
  r: CurvatureResult,
  s: SampledResult | null,
  sizes: RepresentationSizes | null,
) {
  const P = r.paramCount;
  const d = r.damping;
  return {
    panel: 'kfac',
    version: 1,
    view: 'curvature',
    params: p,
    paramCount: P,
    G: rowsOf(r.G, P, P),
    blockDiagonal: rowsOf(r.blockDiagonal, P, P),
    kfac: rowsOf(r.kfac, P, P),
    errors: {
      step1Block: num(r.blockError),
      step2Factor: num(r.factorError),
      total: num(r.totalError),
    },
    blocks: r.blocks.map((b) => ({
      layer: b.index,
      offset: b.offset,
      size: b.size,
      A: m(b.A),
      S: m(b.S),
      relError: num(b.relError),
    })),
    solve: {
      layer: d.layer,
      gamma: d.gamma,
      pi: num(d.pi),
      V: m(d.V),
      factored: arr(d.factored),
      factoredExplicit: arr(d.factoredExplicit),
      exactTikhonov: arr(d.exact),
      exactExplicit: arr(d.exactExplicit),
      factoredVsExact: num(d.factoredVsExact),
      costs: d.costs,
    },
    sampledS: s && {
      samples: s.sampled.samples,
      relError: arr(s.sampled.relError),
      approximationError: arr(s.layers.map((b) => b.approximation)),
      combinedError: arr(s.sampled.combinedError),
      blockScale: arr(s.sampled.blockScale),
      S: s.sampled.S.map(m),
      sweep: {
        samples: [...s.sampled.sweep.samples],
        relError: s.sampled.sweep.relError.map(arr),
      },
    },
    sizes,
  };
}

export function exportTrain(p: KfacParams, s: KfacTrainState) {
  const run = (m: MethodRun) => ({
    steps: m.steps,
    timeMs: num(m.timeMs),
    curve: { steps: arr(m.curve.steps), timeMs: arr(m.curve.timeMs), loss: arr(m.curve.loss) },
  });
  return {
    panel: 'kfac',
    version: 1,
    view: 'train',
    params: p,
    config: s.config,
    initialLoss: num(s.initialLoss),
    done: s.done,
    failed: s.failed,
    kfac: { ...run(s.kfac), cost: s.kfac.cost, lambda: arr(s.kfac.lambda) },
    sgd: run(s.sgd),
    adam: run(s.adam),
    pst: { ...run(s.pst), emaDecay: PST_EMA },
    hf: { ...run(s.hf), lambda: num(s.hf.lambda), cgIters: s.hf.cgIters },
  };
}
