import type { Objective2, Vec2 } from '../types';

/**
 * J = (1 − x)² + 100(y − x²)² = r₁² + r₂² with r = (1 − x, 10(y − x²)).
 *
 * Its Gauss-Newton matrix 2JᵣᵀJᵣ has det 400 everywhere, so the PD replacement never needs
 * the floor here, while H itself is indefinite above the parabola y = x² + 1/200.
 */
export function makeRosenbrock(): Objective2 {
  return {
    id: 'rosenbrock',
    label: 'Rosenbrock valley',
    tex: String.raw`\mathcal{J}(x, y) = (1 - x)^2 + 100\,(y - x^2)^2`,
    value: ([x, y]: Vec2) => {
      const a = 1 - x;
      const b = y - x * x;
      return a * a + 100 * b * b;
    },
    grad: ([x, y]: Vec2) => {
      const b = y - x * x;
      return [-2 * (1 - x) - 400 * x * b, 200 * b];
    },
    hess: ([x, y]: Vec2) => [2 - 400 * y + 1200 * x * x, -400 * x, -400 * x, 200],
    gaussNewton: ([x]: Vec2) => [2 + 800 * x * x, -400 * x, -400 * x, 200],
    domain: [
      [-2, 2],
      [-1, 3],
    ],
    stationary: [{ w: [1, 1], kind: 'min' }],
    start: [-1.2, 1],
    logLevels: true,
  };
}
