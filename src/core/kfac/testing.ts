/** Test-only helpers for the K-FAC core (not exported from index.ts). */
import { addDiagonal, mat, matMul, transpose, type Mat } from '../linalg';
import { createRng, type Rng } from '../nn';
import type { CurvatureRequest } from './curvature';

export function randomMat(rows: number, cols: number, rng: Rng): Mat {
  return mat(
    rows,
    cols,
    Array.from({ length: rows * cols }, () => rng.normal()),
  );
}

/** B Bᵀ + shift · I, symmetric positive definite for shift > 0. */
export function randomSpd(n: number, rng: Rng, shift = 0.3): Mat {
  const B = randomMat(n, n, rng);
  return addDiagonal(matMul(B, transpose(B)), shift);
}

export function rngFor(seed: number): Rng {
  return createRng(seed);
}

/** The tests' default network: 3-4-3 tanh, squared error, 16 examples. */
export const BASE_REQUEST: CurvatureRequest = {
  sizes: [3, 4, 3],
  activation: 'tanh',
  loss: 'squared-error',
  batch: 16,
  seed: 1,
  gamma: 0.1,
  layer: 1,
};
