/** Plain-language captions, always computed from the current result so they stay true. */
import { claimText } from '../../core/claims/claim';
import {
  modelClaims,
  pcgClaims,
  scalingClaims,
  type Model2dResult,
  type PcgStudy,
  type ScalingResult,
} from '../../core/cg';
import { trainClaims, type TrainState } from '../../core/hf';

/** The 2-D model's caption: the claims of src/core/cg/modelClaims.ts. */
export const modelCaption = (out: Model2dResult) => claimText(modelClaims(out));

/** The cost charts' caption: the claims of src/core/cg/scalingClaims.ts. */
export const scalingCaption = (out: ScalingResult) => claimText(scalingClaims(out));

/** The PCG chart's caption: the claims of src/core/cg/pcgClaims.ts. */
export const pcgCaption = (pcg: PcgStudy) => claimText(pcgClaims(pcg));

/** The training caption: the claims of src/core/hf/trainClaims.ts, and the settings in force. */
export function trainCaption(s: TrainState | null, budgetS: number): string {
  if (!s)
    return 'Press Train: HF, SGD and Adam start from the same weights and share the worker’s clock.';
  const pre = s.config.precondition
    ? ' HF’s CG is preconditioned by Martens’ diagonal M = (diag(Σₙ∇ℓₙ²)/N + λ)^¾.'
    : '';
  return claimText(trainClaims(s, budgetS)) + pre;
}
