import { LOGISTIC_DAMPED_TWO_CYCLE_ETA } from '../../core/newton/logistic1d';
import type { ProblemChoice } from './opt2dParams';

/**
 * Landmarks of the damping slider: on the logistic example, η* below which the damped map has
 * 2-cycles that trap far starts (docs/math.md#the-logistic-example).
 */
export function etaMarks(problem: ProblemChoice) {
  return problem === 'logistic'
    ? [
        {
          value: LOGISTIC_DAMPED_TWO_CYCLE_ETA,
          label: `η* ≈ ${LOGISTIC_DAMPED_TWO_CYCLE_ETA.toFixed(3)}`,
        },
      ]
    : undefined;
}
