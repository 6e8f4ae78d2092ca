/** K-FAC: Kronecker algebra, the factored curvature of a small MLP, damping and solves. */
export { kron, kronVec, unvec, vec } from './kron';
export {
  holds,
  kronChecks,
  type EigenCheck,
  type IdentityCheck,
  type KronChecks,
} from './identities';
export { activationFactor, exactFactors, symmetrize, type LayerFactors } from './factors';
export { exactTikhonovSolve, factoredDamping, kronSolve, solveCosts, tikhonovPi } from './solve';
export { FLOAT32_BYTES, representationSizes, type RepresentationSizes } from './sizes';
export { dampingDemo, type DampingDemo } from './dampingDemo';
export {
  CURVATURE_ACTIVATIONS,
  CURVATURE_LOSSES,
  MAX_CURVATURE_PARAMS,
  SAMPLED_S_DEFAULT,
  computeCurvature,
  computeSampled,
  layoutFor,
  validateSizes,
  type BlockResult,
  type CurvatureLoss,
  type CurvatureRequest,
  type CurvatureResult,
  type SampledResult,
} from './curvature';
export {
  initKfacState,
  kfacStep,
  type KfacConfig,
  type KfacOptState,
  type KfacStepStats,
} from './kfacStep';
export { KFAC_PRESETS, KFAC_PRESET_INFO, kfacContext, type KfacPreset } from './trainPresets';
export {
  HF_CG_MAX,
  HF_LAMBDA0,
  KFAC_METHODS,
  PST_EMA,
  STEP_METHODS,
  initKfacTrain,
  kfacTrainChunk,
  type KfacCost,
  type KfacMethod,
  type KfacTrainConfig,
  type KfacTrainState,
  type MethodRun,
  type TrainCurve,
} from './train';
export {
  commonSteps,
  equalTimeComparison,
  kfacVersusBestOther,
  lossAtStep,
  lossAtTime,
  namedIterations,
  runMethods,
  type Comparison,
} from './compare';
export {
  SAMPLED_S_MAX,
  SAMPLED_S_STREAM,
  SAMPLED_S_SWEEP,
  sampledS,
  type SampledS,
} from './sampledS';
export {
  STRUCTURES,
  mixedProductCheck,
  outerCheck,
  structureCheck,
  structureOf,
  withStructure,
  type MixedCheck,
  type OuterCheck,
  type Structure,
  type StructureCheck,
  type StructureOf,
} from './structure';
