import type { Claim } from '../../core/claims/claim';
import type { Opt2dResult } from '../../core/newton/compute';
import { pdCurvatureClaim, runsClaims, taylorClaim } from '../../core/newton/runClaims';
import { methodName } from '../shared/methodNames';
import type { Opt2dParams } from '../shared/opt2dParams';

/**
 * The Newton panel's caption as computed claims: what each shown run did (and where a descent
 * step still raised the loss), which PD curvature the PD variant uses, and what the Taylor model
 * is at w⁽ᵏ⁾.
 */
export function newtonClaims(out: Opt2dResult, p: Pick<Opt2dParams, 'show'>): Claim[] {
  const name = (m: Parameters<typeof methodName>[0]) => methodName(m, out.pdCurvature);
  return [
    ...runsClaims(out, p.show, name),
    ...(p.show.includes('pd-newton') ? [pdCurvatureClaim(out)] : []),
    taylorClaim(out),
  ];
}
