import type { Objective2, ProblemId } from '../types';
import { makeHimmelblau } from './himmelblau';
import { makeLogistic } from './logistic';
import { makeQuadratic } from './quadratic';
import { makeRosenbrock } from './rosenbrock';
import { makeSaddle } from './saddle';

export interface ObjectiveOptions {
  /** Condition number of the quadratic (ignored by the other problems); clamped to 1…1000. */
  kappa?: number;
}

/** A fresh objective for a public problem id. */
export function getObjective(id: ProblemId, opts: ObjectiveOptions = {}): Objective2 {
  switch (id) {
    case 'quadratic':
      return makeQuadratic(opts.kappa);
    case 'rosenbrock':
      return makeRosenbrock();
    case 'logistic':
      return makeLogistic();
    case 'saddle':
      return makeSaddle();
    case 'himmelblau':
      return makeHimmelblau();
  }
}

export {
  clampKappa,
  QUADRATIC_KAPPA_DEFAULT,
  QUADRATIC_KAPPA_MAX,
  QUADRATIC_KAPPA_MIN,
} from './quadratic';
export { HIMMELBLAU_STATIONARY } from './himmelblau';
