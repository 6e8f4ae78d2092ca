/**
 * One layer's K-FAC solve shown both ways, and factored vs exact Tikhonov damping, on a random
 * right-hand side V (what a gradient slice looks like to the solver). The explicit Kronecker
 * solves are here only to show that the cheap ones give the same numbers.
 */
import {
  addDiagonal,
  cholesky,
  choleskySolve,
  frobenius,
  mat,
  maxAbsDiff,
  relativeError,
  type Mat,
} from '../linalg';
import { createRng } from '../nn';
import type { LayerFactors } from './factors';
import { kron, vec } from './kron';
import { exactTikhonovSolve, factoredDamping, kronSolve, solveCosts } from './solve';

export interface DampingDemo {
  readonly layer: number;
  readonly gamma: number;
  readonly pi: number;
  /** The right-hand side, n_ℓ × (n_{ℓ−1}+1). */
  readonly V: Mat;
  /** vec(Ŝ⁻¹ V Â⁻¹) with the factored-damped Â, Ŝ, and the explicit (Â ⊗ Ŝ)⁻¹ vec V. */
  readonly factored: Float64Array;
  readonly factoredExplicit: Float64Array;
  readonly factoredMaxDiff: number;
  /** (A ⊗ S + γI)⁻¹ vec V via eigendecompositions, and via the explicit matrix. */
  readonly exact: Float64Array;
  readonly exactExplicit: Float64Array;
  readonly exactMaxDiff: number;
  /** ‖factored − exact‖ / ‖exact‖: what the π trick costs in accuracy. */
  readonly factoredVsExact: number;
  /** ‖(Â ⊗ Ŝ) − (A ⊗ S + γI)‖_F / ‖A ⊗ S + γI‖_F, the cross terms' weight. */
  readonly crossTermWeight: number;
  readonly costs: { readonly explicit: number; readonly factored: number };
}

export function dampingDemo(
  f: LayerFactors,
  gamma: number,
  seed: number,
  layer: number,
): DampingDemo {
  const { A, S } = f;
  const rng = createRng(seed * 7919 + layer);
  const V = mat(
    S.rows,
    A.rows,
    Array.from({ length: S.rows * A.rows }, () => rng.normal()),
  );
  const vecV = vec(V);
  const damped = factoredDamping(A, S, gamma);
  const fast = kronSolve(damped.A, damped.S, V);
  const Kd = kron(damped.A, damped.S);
  const Ld = cholesky(Kd);
  const exactK = addDiagonal(kron(A, S), gamma);
  const Le = cholesky(exactK);
  if (!fast || !Ld || !Le) {
    throw new RangeError('The damped factors are not positive definite; increase γ.');
  }
  const factored = vec(fast);
  const factoredExplicit = choleskySolve(Ld, vecV);
  const exact = vec(exactTikhonovSolve(A, S, V, gamma));
  const exactExplicit = choleskySolve(Le, vecV);
  const diff = new Float64Array(Kd.data.length);
  for (let i = 0; i < diff.length; i++) diff[i] = Kd.data[i] - exactK.data[i];
  return {
    layer,
    gamma,
    pi: damped.pi,
    V,
    factored,
    factoredExplicit,
    factoredMaxDiff: maxAbsDiff(factored, factoredExplicit),
    exact,
    exactExplicit,
    exactMaxDiff: maxAbsDiff(exact, exactExplicit),
    factoredVsExact: relativeError(factored, exact),
    crossTermWeight: frobenius(diff) / frobenius(exactK.data),
    costs: solveCosts(A.rows, S.rows),
  };
}
