/** Dense n-dimensional linear algebra for small matrices (shared by the panels' cores). */
export * from './mat';
export { symEig, type SymEig } from './symEig';
export { cholesky, choleskySolve, inverse, luDecompose, luSolve, type LU } from './solve';
