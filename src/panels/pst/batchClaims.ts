/**
 * The batch-curvature caption as computed claims: the fitted slope of the error against B, the
 * smallest batch in the sweep whose error is below 10%, and the step angle at named batch sizes —
 * every number read from the sweep shown (batchClaims.test.ts verifies them independently).
 */
import { claim, type Claim } from '../../core/claims/claim';
import type { BatchCurvature } from '../../core/pst';
import { plainNum } from '../shared/texNumbers';

const pct = (x: number) => `${Number((100 * x).toPrecision(2))}%`;
const deg = (x: number) => `${Number(x.toPrecision(2))}°`;
/** The batch sizes whose step angle the caption names: one example, a typical batch, the largest. */
export const NAMED_BATCHES = [1, 32, 512] as const;
export const ERROR_TARGET = 0.1;

const at = (b: BatchCurvature, B: number) => b.batchSizes.indexOf(B);

export function batchClaims(b: BatchCurvature): Claim[] {
  const n = b.batchSizes.length;
  const what =
    b.paramCount === 2
      ? 'the 2 × 2 G'
      : `G of all ${b.paramCount} weights (${b.paramCount} × ${b.paramCount})`;
  const out: Claim[] = [
    claim(
      'pst-batch-slope',
      `Over ${b.repetitions} batches per size, the relative error of ${what} from one batch falls like B^${plainNum(b.slope)} (the fitted slope; 1/√B has −½): ${pct(b.relError[0])} at B = ${b.batchSizes[0]}, ${pct(b.relError[n - 1])} at B = ${b.batchSizes[n - 1]}.`,
      {
        slope: b.slope,
        first: b.relError[0],
        last: b.relError[n - 1],
        repetitions: b.repetitions,
      },
    ),
  ];
  const i = b.relError.findIndex((e) => e < ERROR_TARGET);
  out.push(
    i < 0
      ? claim(
          'pst-batch-target',
          `Even B = ${b.batchSizes[n - 1]} leaves more than ${pct(ERROR_TARGET)} error.`,
          { batch: NaN, target: ERROR_TARGET },
        )
      : claim(
          'pst-batch-target',
          `Below ${pct(ERROR_TARGET)} error takes B = ${b.batchSizes[i]} examples here (the data set has ${b.dataSize}).`,
          { batch: b.batchSizes[i], target: ERROR_TARGET },
        ),
  );
  if (b.gradNorm > 0) {
    const named = NAMED_BATCHES.filter((B) => at(b, B) >= 0);
    const angles = named.map((B) => b.stepAngleDeg[at(b, B)]);
    out.push(
      claim(
        'pst-batch-angle',
        `The damped Newton/NGD step −(G_B + λI)⁻¹∇L (full-data gradient, λ = 10⁻³·tr G/P) points on average ${named.map((B, k) => `${deg(angles[k])} at B = ${B}`).join(', ')} away from the full-data step.`,
        { batches: named, angles },
      ),
    );
  }
  return out;
}
