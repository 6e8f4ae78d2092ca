import type { Objective2, Vec2 } from '../types';

/**
 * Himmelblau's function: four minima (value 0), four saddles, one maximum.
 *
 * Coordinates below were computed by Newton's method from rough guesses (‖∇J‖ ≤ 2e-14 there);
 * himmelblau.test.ts re-checks ∇J ≈ 0 and that each kind matches the Hessian's eigenvalues.
 */
export const HIMMELBLAU_STATIONARY: Objective2['stationary'] = [
  { w: [3, 2], kind: 'min' },
  { w: [-2.805118086952745, 3.131312518250573], kind: 'min' },
  { w: [-3.779310253377747, -3.283185991286169], kind: 'min' },
  { w: [3.584428340330492, -1.848126526964403], kind: 'min' },
  { w: [-0.2708445906673476, -0.9230385564799816], kind: 'max' },
  { w: [0.08667750455539634, 2.884254701174776], kind: 'saddle' },
  { w: [-3.07302575076439, -0.08135304428796751], kind: 'saddle' },
  { w: [3.385154183607021, 0.07385187983774928], kind: 'saddle' },
  { w: [-0.12796134673068, -1.953714980244577], kind: 'saddle' },
];

/**
 * J = r₁² + r₂², r₁ = x² + y − 11, r₂ = x + y² − 7.
 *
 * Gauss-Newton 2JᵣᵀJᵣ has det 4(4xy − 1)²: it is singular on the hyperbola xy = ¼, which is why
 * pd-newton floors the eigenvalues of the Gauss-Newton matrix too.
 */
export function makeHimmelblau(): Objective2 {
  return {
    id: 'himmelblau',
    label: 'Himmelblau (4 minima, 4 saddles, 1 maximum)',
    tex: String.raw`\mathcal{J}(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`,
    value: ([x, y]: Vec2) => {
      const r1 = x * x + y - 11;
      const r2 = x + y * y - 7;
      return r1 * r1 + r2 * r2;
    },
    grad: ([x, y]: Vec2) => {
      const r1 = x * x + y - 11;
      const r2 = x + y * y - 7;
      return [4 * x * r1 + 2 * r2, 2 * r1 + 4 * y * r2];
    },
    hess: ([x, y]: Vec2) => {
      const r1 = x * x + y - 11;
      const r2 = x + y * y - 7;
      const off = 4 * (x + y);
      return [8 * x * x + 2 + 4 * r1, off, off, 8 * y * y + 2 + 4 * r2];
    },
    gaussNewton: ([x, y]: Vec2) => {
      const off = 4 * (x + y);
      return [8 * x * x + 2, off, off, 8 * y * y + 2];
    },
    domain: [
      [-5, 5],
      [-5, 5],
    ],
    stationary: HIMMELBLAU_STATIONARY,
    start: [-0.5, 0.5],
    logLevels: true,
  };
}
