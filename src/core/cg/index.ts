/** Conjugate gradient and GD on quadratic models: the inner problem of Hessian-free optimization. */
export * from './cg';
export * from './gd';
export * from './spd';
export * from './scaling';
export * from './model2d';
export * from './bounds';
export * from './pcgStudy';
export * from './denseRun';
export * from './scalingClaims';
export * from './pcgClaims';
export * from './modelClaims';
