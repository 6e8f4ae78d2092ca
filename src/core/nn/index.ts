/**
 * The pure small-network engine: a seeded RNG, an MLP with a K-FAC-friendly flat parameter layout,
 * exact first- and second-order derivative products, dense curvature matrices for small models,
 * pullback sampling, and seeded datasets. No DOM, no timers: safe to run inside a Web Worker.
 */
export { createRng, restoreRng, type Rng, type RngState } from './rng';
export {
  ACTIVATIONS,
  OUTPUT_KINDS,
  biasSlice,
  createLayout,
  initParams,
  layerSlice,
  weightIndex,
  type Activation,
  type InitOptions,
  type LayerLayout,
  type MlpLayout,
  type MlpSpec,
  type OutputKind,
} from './mlp';
export { createWorkspace, forward, outputs, type Workspace } from './forward';
export {
  logSumExp,
  meanLoss,
  outputGradient,
  outputHessianVec,
  outputHessianVecRow,
  predictiveMean,
  sampleTargets,
} from './loss';
export { loss, lossAndGradient, perExampleGradients, vjp } from './backward';
export { gaussNewtonQuadratic, gaussNewtonVec, jvp } from './gauss-newton';
export { hessianVec } from './hessian';
export { gaussNewtonMatrix, hessianMatrix, jacobian } from './dense';
export { samplePseudoDeltas, samplePseudoGradients } from './sampling';
export { sigmoid, softplus } from './activations';
export {
  curves,
  noisySine,
  oneHot,
  spirals,
  stepData,
  twoMoons,
  type ClassificationOptions,
  type CurveImageOptions,
  type Dataset,
  type RegressionOptions,
  type SpiralOptions,
} from './data';
export { benchGradient, type BenchOptions, type BenchResult } from './bench';
