/**
 * The text alternative of the Pullback-sampling panel's main figure (the cloud of sampled
 * pseudo-gradients with its running covariance ellipse and the exact G ellipse): how many samples
 * are shown, the running estimate Ĝ against G; the samples shown as a table (FigureText,
 * src/panels/shared/describeFigure.ts).
 */
import { claim } from '../../core/claims/claim';
import type { PstSamples } from '../../core/pst';
import type { Mat2 } from '../../core/types';
import { describe, type FigureDescription } from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';

const mat = (m: Mat2) =>
  `[${plainNum(m[0])}, ${plainNum(m[1])}; ${plainNum(m[2])}, ${plainNum(m[3])}]`;
const frob = (m: readonly number[]) => Math.hypot(...m);

export function describeCloud(out: PstSamples, shown: number, estimate: Mat2): FigureDescription {
  const total = out.samples.length / 2;
  const [a, b] = out.names;
  const rel = frob(estimate.map((v, i) => v - out.exactG[i])) / frob(out.exactG);
  return describe(
    `Cloud of ${shown} sampled pseudo-gradients with the running and the exact covariance ellipses`,
    [
      claim(
        'cloud-shown',
        `Scatter plot of ${shown} of ${total} sampled pseudo-gradients Dw = J_zwᵀ Dz for the weights ${a} (horizontal) and ${b} (vertical), with the 2σ ellipse of the running estimate Ĝ and the ellipse of the exact G.`,
        { shown, total },
      ),
      shown >= 1
        ? claim(
            'cloud-estimate',
            `Ĝ from these ${shown} samples is ${mat(estimate)}; the exact G is ${mat(out.exactG)}; they differ by ${plainNum(100 * rel)}% (relative Frobenius norm).`,
            { shown, rel },
          )
        : claim('cloud-estimate', 'No sample is shown yet, so there is no estimate.', { shown }),
    ],
    {
      caption: 'Samples shown: one row per pseudo-gradient',
      columns: ['sample', `Dw of ${a}`, `Dw of ${b}`],
      rows: () =>
        Array.from({ length: shown }, (_, s) => [
          s + 1,
          plainNum(out.samples[2 * s]),
          plainNum(out.samples[2 * s + 1]),
        ]),
    },
  );
}
