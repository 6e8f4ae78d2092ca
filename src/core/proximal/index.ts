/**
 * The proximal-optimization core: the objective loss + λ_FSD·FSD + λ_WSD·WSD with its exact
 * gradient, K steps of GD/Adam on it, the natural-gradient step solved exactly by CG, the slide's
 * seeded regression scene, and the panel's two computations (four views, sequence mode).
 */
export {
  createProximalObjective,
  type ProximalData,
  type ProximalObjective,
  type ProximalTerms,
  type ProximalWeights,
} from './objective';
export { INNER_METHODS, minimizeProximal, type InnerMethod, type InnerRun } from './inner';
export { naturalGradientStep, type NgdStep } from './ngd';
export { departure, sgdStep, type Departure, type SgdStep } from './linearized';
export {
  DATA_N,
  PROXIMAL_NET,
  SEEN_MAX,
  X_RANGE,
  createScenario,
  nearestBatch,
  scenarioFor,
  type Scenario,
} from './scenario';
export {
  CURVE_POINTS,
  FSD_SETS,
  VIEW_IDS,
  WIDE_FSD_POINTS,
  computeProximal,
  type FsdSet,
  type NgdInfo,
  type SgdInfo,
  type ProximalRequest,
  type ProximalResult,
  type ProximalView,
  type ViewId,
} from './compute';
export {
  HELD_OUT_N,
  computeSameCompute,
  type SameComputeRequest,
  type SameComputeResult,
  type SameComputeRun,
} from './sameCompute';
export {
  SEQUENCE_METHODS,
  computeSequence,
  type SequenceMethod,
  type SequenceRequest,
  type SequenceResult,
  type SequenceRun,
} from './sequence';
export {
  LEVEL,
  leaderOf,
  sameComputeClaims,
  type SameComputeClaimKind,
  type SameComputeLeader,
} from './sameComputeClaims';
export {
  CLEAR_MARGIN,
  LINEAR_CLOSE,
  VIEW_NAMES,
  proximalClaims,
  type ProximalClaimKind,
} from './claims';
export { sequenceClaims, type SequenceClaimKind } from './sequenceClaims';
