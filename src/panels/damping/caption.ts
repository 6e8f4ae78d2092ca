import type { Claim } from '../../core/claims/claim';
import type { Opt2dResult } from '../../core/newton/compute';
import { dampedStepClaims } from '../../core/newton/dampingClaims';
import { logisticCycleClaims, logisticStartClaim } from '../../core/newton/logisticClaims';
import { pdCurvatureClaim, runsClaims } from '../../core/newton/runClaims';
import { methodName } from '../shared/methodNames';
import type { Opt2dParams } from '../shared/opt2dParams';

/**
 * The damping caption as computed claims: what each run did and why (on the logistic example: the
 * undamped threshold and the damped map's 2-cycles), and what holds for the damped step at the
 * analysed iterate — the lecture's bound only where H ⪰ 0.
 */
export function dampingClaims(
  out: Opt2dResult,
  p: Pick<Opt2dParams, 'show' | 'problem' | 'x0' | 'eta'>,
): Claim[] {
  const name = (m: Parameters<typeof methodName>[0]) => methodName(m, out.pdCurvature);
  return [
    ...runsClaims(out, p.show, name),
    ...(p.show.includes('pd-newton') ? [pdCurvatureClaim(out)] : []),
    ...(p.problem === 'logistic'
      ? [logisticStartClaim(p.x0), ...logisticCycleClaims(p.x0, p.eta)]
      : []),
    ...dampedStepClaims(out, p.eta),
  ];
}
