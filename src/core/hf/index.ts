/** Hessian-free training of small networks, with SGD and Adam baselines. */
export * from './presets';
export * from './hfStep';
export * from './firstOrder';
export * from './train';
export * from './bench';
export * from './precond';
export * from './trainClaims';
