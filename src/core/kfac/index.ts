/** K-FAC: Kronecker algebra, the factored curvature of a small MLP, damping and solves. */
export { kron, kronVec, unvec, vec } from './kron';
export { kronChecks, type EigenCheck, type IdentityCheck, type KronChecks } from './identities';
export { activationFactor, exactFactors, symmetrize, type LayerFactors } from './factors';
export { exactTikhonovSolve, factoredDamping, kronSolve, solveCosts, tikhonovPi } from './solve';
export { FLOAT32_BYTES, representationSizes, type RepresentationSizes } from './sizes';
export { dampingDemo, type DampingDemo } from './dampingDemo';
export {
  CURVATURE_ACTIVATIONS,
  CURVATURE_LOSSES,
  MAX_CURVATURE_PARAMS,
  computeCurvature,
  layoutFor,
  validateSizes,
  type BlockResult,
  type CurvatureLoss,
  type CurvatureRequest,
  type CurvatureResult,
} from './curvature';
