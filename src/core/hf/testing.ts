/** Test-only helpers for the Hessian-free tests (not exported from index.ts). */
import type { TrainConfig } from './train';

/** The curves autoencoder, a few CG steps and the baselines' usual rates: quick to train. */
export function testTrainConfig(budgetMs: number): TrainConfig {
  return {
    preset: 'curves-ae',
    seed: 2,
    batch: 32,
    cgMax: 20,
    lambda0: 1,
    adaptLambda: true,
    precondition: false,
    sgdLr: 0.3,
    adamLr: 0.01,
    budgetMs,
  };
}
