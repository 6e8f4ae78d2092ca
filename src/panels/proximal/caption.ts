import { claimText } from '../../core/claims/claim';
import {
  proximalClaims,
  sameComputeClaims,
  sequenceClaims,
  type InnerMethod,
  type ProximalResult,
  type SameComputeResult,
  type SequenceResult,
} from '../../core/proximal';
import { toRequest, type ProximalParams } from './params';

/** The panel's caption: the claims of src/core/proximal/claims.ts for the state on screen. */
export const proximalCaption = (out: ProximalResult, p: ProximalParams) =>
  claimText(proximalClaims(out, toRequest(p)));

/** The sequence mode's caption: the claims of src/core/proximal/sequenceClaims.ts. */
export const sequenceCaption = (seq: SequenceResult) => claimText(sequenceClaims(seq));

/** The same-compute chart's caption: the claims of src/core/proximal/sameComputeClaims.ts. */
export const sameComputeCaption = (r: SameComputeResult, method: InnerMethod) =>
  claimText(sameComputeClaims(r, method));
