/** Pullback sampling (lecture "Pullback Sampling Trick"): pure math of the `pst` panel. */
export {
  computePst,
  computePstEma,
  computePstSamples,
  pstSampleKey,
  SAMPLES_MAX,
  SAMPLES_MIN,
} from './compute';
export type {
  PstEstimates,
  PstGd,
  PstRecipe,
  PstRequest,
  PstResult,
  PstSampleRequest,
  PstSamples,
} from './compute';
export { biasGoneAfter, emaDiagonal, emaTimescale, type EmaTrace } from './ema';
export {
  block2,
  columns2,
  createMoment2,
  relFrobenius,
  secondMoment2,
  type Moment2,
} from './moments';
export { precondGd, type Divergence, type PrecondRun } from './precondGd';
export { preconditionedEigenvalues, stableStepBound } from './stability';
export {
  correlation,
  gapAt,
  gdVerdict,
  reversals,
  type GdOutcome,
  type GdVerdict,
} from './verdict';
export { LINEAR_TEACHER } from './problem';
export * from './choices';
export { linearEmpiricalFisher, linearGaussianG, logisticFisher } from './closedForms';
export {
  BATCH_DAMPING,
  BATCH_REPETITIONS,
  BATCH_SIZES,
  BATCH_STREAM,
  batchCurvatureKey,
  computeBatchCurvature,
  fitLine,
  type BatchCurvature,
  type BatchCurvatureRequest,
} from './batchCurvature';
