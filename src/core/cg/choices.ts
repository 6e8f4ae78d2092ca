/**
 * The Hessian-free panel's model problems and spectra, in a module of their own: the URL
 * declarations (panels/hessian-free/params.ts) read them without loading CG.
 */
export const SPECTRA = ['chebyshev', 'uniform', 'clustered', 'few-distinct'] as const;
export type Spectrum = (typeof SPECTRA)[number];

export const MODEL_PROBLEMS = ['quadratic', 'rosenbrock', 'himmelblau'] as const;
export type ModelProblem = (typeof MODEL_PROBLEMS)[number];
