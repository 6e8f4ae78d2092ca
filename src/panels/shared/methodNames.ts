import { getObjective } from '../../core/objectives';
import type { Opt2dResult } from '../../core/newton/compute';
import type { MethodId } from '../../core/types';
import { METHOD_STYLE } from '../../components/palette';
import type { ProblemChoice } from './opt2dParams';

export type PdCurvature = Opt2dResult['pdCurvature'];

/** The PD curvature `pd-newton` uses on a problem: Gauss-Newton where it exists, else |H|. */
export function pdCurvatureOf(problem: ProblemChoice): PdCurvature {
  return problem !== 'custom' && getObjective(problem).gaussNewton ? 'gauss-newton' : 'abs-hessian';
}

/**
 * What the Newton and Damping panels call a method. The PD variant is the lecture's
 * "replace H by G" where the problem has a Gauss-Newton matrix, and saddle-free Newton
 * (C = |H|, Dauphin et al., 2014) — beyond the lecture — where it has none.
 */
export function methodName(m: MethodId, pd: PdCurvature): string {
  if (m !== 'pd-newton') return METHOD_STYLE[m].label;
  return pd === 'gauss-newton' ? 'Gauss-Newton (C = G)' : 'Saddle-free Newton (C = |H|)';
}
