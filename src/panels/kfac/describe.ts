/**
 * Text alternatives of the K-FAC panel's main figures, one per view (FigureText,
 * src/panels/shared/describeFigure.ts): the Kronecker product heatmap and what its checks found;
 * exact G against K-FAC with the two steps' errors; the training curves with each method's
 * iterations and loss. Each comes with the data drawn as a table.
 */
import { claim } from '../../core/claims/claim';
import type { CurvatureResult, KfacTrainState, KronChecks } from '../../core/kfac';
import { KFAC_METHODS } from '../../core/kfac';
import { describe, type FigureDescription } from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';
import { kronCaption } from './caption';
import { TRAIN_STYLE } from './trainStyle';

/** A square matrix as table rows: row index, then its entries. */
function matrixTable(caption: string, data: ArrayLike<number>, n: number) {
  return {
    caption,
    columns: ['row', ...Array.from({ length: n }, (_, j) => `col ${j + 1}`)],
    rows: () =>
      Array.from({ length: n }, (_, i) => [
        i + 1,
        ...Array.from({ length: n }, (_, j) => plainNum(data[i * n + j])),
      ]),
  };
}

export function describeKron(m: number, n: number, c: KronChecks): FigureDescription {
  const N = m * n;
  return describe(
    `Heatmap of A ⊗ B (${N}×${N}), block (i, j) = a_ij · B`,
    [
      claim(
        'kron-figure',
        `Heatmap of the ${N}×${N} matrix A ⊗ B with every entry printed, red for positive and blue for negative, lines between its ${m}×${m} blocks. ${kronCaption(m, n, c)}`,
        { m, n },
      ),
    ],
    matrixTable('A ⊗ B: one row per matrix row', c.K.data, N),
  );
}

export function describeCurvature(out: CurvatureResult): FigureDescription {
  const P = out.paramCount;
  return describe(
    `Heatmaps of the exact G, its block diagonal, K-FAC and the difference (${P}×${P})`,
    [
      claim(
        'curvature-figure',
        `Four ${P}×${P} heatmaps on one square-root colour scale: the exact G (Gauss-Newton = Fisher), its block diagonal, K-FAC (A ⊗ S per layer block) and G − K-FAC. Dropping the blocks between layers costs ${plainNum(100 * out.blockError)}% of ‖G‖_F, the Kronecker factorization of the blocks ${plainNum(100 * out.factorError)}%, both together ${plainNum(100 * out.totalError)}%.`,
        { block: out.blockError, factor: out.factorError, total: out.totalError },
      ),
    ],
    matrixTable('Exact G: one row per parameter', out.G, P),
  );
}

export function describeTraining(s: KfacTrainState): FigureDescription {
  const methods = KFAC_METHODS.filter((m) => m !== 'hf' || s.config.hf);
  const last = (a: Float64Array) => a[a.length - 1];
  return describe(
    'Training loss against iterations for K-FAC and the first-order baselines',
    [
      claim(
        'train-figure',
        `Line chart of the training loss (log scale) against iterations, from the same initial weights (loss ${plainNum(s.initialLoss)}).`,
        { initial: s.initialLoss },
      ),
      ...methods.map((m) =>
        claim(
          'train-outcome',
          s.failed?.method === m
            ? `${TRAIN_STYLE[m].label} failed after ${s[m].steps} iterations: ${s.failed.reason}.`
            : `${TRAIN_STYLE[m].label}: ${s[m].steps} iterations so far, loss ${plainNum(last(s[m].curve.loss))}.`,
          { method: m, steps: s[m].steps },
        ),
      ),
    ],
    {
      caption: 'Training curves: one row per loss evaluation of each method',
      columns: ['method', 'iteration', 'compute time (ms)', 'training loss'],
      rows: () =>
        methods.flatMap((m) =>
          Array.from(s[m].curve.loss, (l, i) => [
            TRAIN_STYLE[m].label,
            s[m].curve.steps[i],
            plainNum(s[m].curve.timeMs[i]),
            plainNum(l),
          ]),
        ),
    },
  );
}
