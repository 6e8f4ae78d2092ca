/**
 * The PCG study's caption as computed claims (see scalingClaims.ts): what diagonal rescaling
 * costs plain CG and what the Jacobi preconditioner buys back, at the state on screen.
 */
import { claim, type Claim } from '../claims/claim';
import { plainNum as num } from '../claims/format';
import type { PcgStudy } from './pcgStudy';
import { mvpsTo, tolText } from './scalingClaims';

export type PcgClaimKind = 'pcg.mvps' | 'pcg.invariant';

const count = (k: number, shown: number) => (k >= 0 ? `${k}` : `more than ${shown}`);

export function pcgClaims(pcg: PcgStudy): Claim<PcgClaimKind>[] {
  const { dScale, cgGap, pcgGap, diagSpread, cgGapA, tol } = pcg;
  const cgA = mvpsTo(cgGapA, tol);
  const cgD = mvpsTo(cgGap, tol);
  const pcgD = mvpsTo(pcgGap, tol);
  const data = { dScale, tol, cgA, cgD, pcgD, diagSpread };
  const pcgText = `CG with the Jacobi preconditioner M = diag(${dScale === 1 ? 'A' : 'DAD'}) needs ${count(pcgD, pcgGap.length - 1)}`;
  if (dScale === 1) {
    return [
      claim(
        'pcg.mvps',
        `With D = I the model is A itself: CG needs ${count(cgD, cgGap.length - 1)} MVPs to reach ${tolText(tol)}, ${pcgText}; ` +
          `diag(A) varies only by a factor ${num(diagSpread)}, so M is close to a multiple of I. Widen D to see what rescaling does.`,
        data,
      ),
    ];
  }
  const cgText =
    cgD >= 0
      ? `needs ${cgD} MVPs to reach ${tolText(tol)}`
      : `does not reach ${tolText(tol)} within ${cgGap.length - 1} MVPs`;
  return [
    claim(
      'pcg.mvps',
      `The same model in the coordinates y = D⁻¹x, with D's entries spread over [1, ${num(dScale)}]: plain CG ${cgText} (${count(cgA, cgGapA.length - 1)} on the original A); ${pcgText}.`,
      data,
    ),
    claim(
      'pcg.invariant',
      'Jacobi PCG is blind to D: its iterates are D⁻¹ times those it takes on A, so it needs the same number of MVPs for every diagonal rescaling.',
      { dScale, pcgD },
    ),
  ];
}
