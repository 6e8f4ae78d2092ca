import { describe, expect, it } from 'vitest';
import { symEig } from '../linalg/mat2';
import { getObjective } from '../objectives';
import { fdGrad, relErr } from '../testing';
import { angledHessian, makeAngledQuadratic, precondObjective } from './angledQuadratic';

describe('quadratic with an angle', () => {
  it('at 30° is exactly the shared quadratic problem', () => {
    for (const kappa of [1, 10, 77, 1000]) {
      const shared = getObjective('quadratic', { kappa });
      const mine = makeAngledQuadratic(kappa, 30);
      expect(mine.hess([0, 0])).toEqual(shared.hess([0, 0]));
      expect(angledHessian(kappa, 30)).toEqual(shared.hess([0, 0]));
      expect(mine.label).toBe(shared.label);
      expect(mine.value([-2, 1.5])).toBe(shared.value([-2, 1.5]));
    }
  });

  it('at 0° is diag(1, κ) and at 90° diag(κ, 1)', () => {
    expect(angledHessian(50, 0)).toEqual([1, 0, 0, 50]);
    expect(relErr(angledHessian(50, 90), [50, 0, 0, 1])).toBeLessThan(1e-14);
    expect(makeAngledQuadratic(50, 0).label).toMatch(/^Axis-aligned/);
  });

  it('has eigenvalues 1 and κ with the ν = 1 eigenvector at the angle', () => {
    for (const angle of [0, 12, 45, 71]) {
      const { values, vectors } = symEig(angledHessian(20, angle));
      expect(relErr(values, [1, 20])).toBeLessThan(1e-13);
      const t = (angle * Math.PI) / 180;
      expect(Math.abs(vectors[0][0] * Math.cos(t) + vectors[0][1] * Math.sin(t))).toBeCloseTo(
        1,
        13,
      );
    }
  });

  it('gradient matches finite differences; κ is clamped like the shared quadratic', () => {
    const obj = precondObjective('quadratic', { kappa: 40, angle: 10 });
    expect(relErr(fdGrad(obj.value, [0.7, -1.1]), obj.grad([0.7, -1.1]))).toBeLessThan(1e-8);
    expect(precondObjective('quadratic', { kappa: 5000, angle: 0 }).hess([0, 0])).toEqual([
      1, 0, 0, 1000,
    ]);
    expect(precondObjective('rosenbrock')).toMatchObject({ id: 'rosenbrock' });
  });
});

describe('quadratic formula', () => {
  it('writes Rᵀ with a thin space in TeX (no lost backslash)', () => {
    expect(makeAngledQuadratic(10, 45).tex).toContain(String.raw`\, \mathbf{R}_{45^\circ}^\top`);
    expect(makeAngledQuadratic(10, 0).tex).not.toContain('R_');
  });
});
