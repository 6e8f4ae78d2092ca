/**
 * Dense n-dimensional linear algebra for small matrices (shared by the panels' cores). The 2×2
 * closed forms live in ./mat2 and are imported from there directly: their names overlap these.
 */
export * from './mat';
export { symEig, type SymEig } from './symEig';
export { cholesky, choleskySolve, inverse, luDecompose, luSolve, type LU } from './solve';
