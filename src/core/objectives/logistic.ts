import { logisticCurv1d, logisticGrad1d, logisticPair } from '../newton/logistic1d';
import type { Objective2, Vec2 } from '../types';

/**
 * The damping slides' J(x) = Σⱼ log(1 + e^{xⱼ}) + log(1 + e^{−xⱼ}) in two coordinates.
 *
 * Separable, so each coordinate follows the 1-D maps of logistic1d.ts exactly. H is diagonal and
 * PD everywhere, so no Gauss-Newton is supplied: |H| = H, and pd-newton equals Newton until the
 * eigenvalue floor (1e-8 × the largest) lifts the curvature of a far-out coordinate (|x| ≳ 20).
 */
export function makeLogistic(): Objective2 {
  return {
    id: 'logistic',
    label: 'Logistic-regression-style convex bowl',
    tex: String.raw`\mathcal{J}(\mathbf{x}) = \sum_{j=1}^{2} \left[\log(1 + e^{x_j}) + \log(1 + e^{-x_j})\right]`,
    value: ([x, y]: Vec2) => logisticPair(x) + logisticPair(y),
    grad: ([x, y]: Vec2) => [logisticGrad1d(x), logisticGrad1d(y)],
    hess: ([x, y]: Vec2) => [logisticCurv1d(x), 0, 0, logisticCurv1d(y)],
    domain: [
      [-3.5, 3.5],
      [-3.5, 3.5],
    ],
    stationary: [{ w: [0, 0], kind: 'min' }],
    start: [2.3, 0.5],
    logLevels: false,
  };
}
