import type { Objective2, Vec2 } from '../types';

/**
 * J = ½x² + ¼y⁴ − ½y²: a saddle at the origin between minima (0, ±1), value −¼.
 *
 * H = diag(1, 3y² − 1) is indefinite in the band |y| < 1/√3, where undamped Newton is attracted
 * to the saddle; the |H| replacement walks downhill out of the band instead.
 */
export function makeSaddle(): Objective2 {
  return {
    id: 'saddle',
    label: 'Saddle between two minima',
    tex: String.raw`\mathcal{J}(x, y) = \tfrac{1}{2}x^2 + \tfrac{1}{4}y^4 - \tfrac{1}{2}y^2`,
    value: ([x, y]: Vec2) => {
      const y2 = y * y;
      return 0.5 * x * x + 0.25 * y2 * y2 - 0.5 * y2;
    },
    grad: ([x, y]: Vec2) => [x, y * y * y - y],
    hess: ([, y]: Vec2) => [1, 0, 0, 3 * y * y - 1],
    domain: [
      [-2, 2],
      [-1.75, 1.75],
    ],
    stationary: [
      { w: [0, 0], kind: 'saddle' },
      { w: [0, 1], kind: 'min' },
      { w: [0, -1], kind: 'min' },
    ],
    start: [1.5, 0.25],
    logLevels: false,
  };
}
