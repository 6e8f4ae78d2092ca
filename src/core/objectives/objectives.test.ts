import { describe, expect, it } from 'vitest';
import { symEig } from '../linalg/mat2';
import { classifyPoint } from '../newton/methods';
import { fdGrad, fdJacobian, randomPoints, relErr } from '../testing';
import { PROBLEM_IDS, type Mat2, type Vec2 } from '../types';
import { getObjective } from './index';
import { quadraticHessian } from './quadratic';

/** Residuals written independently of the objectives, to check value and Gauss-Newton. */
const residuals: Partial<Record<string, (w: Vec2) => Vec2>> = {
  rosenbrock: ([x, y]) => [1 - x, 10 * (y - x * x)],
  himmelblau: ([x, y]) => [x * x + y - 11, x + y * y - 7],
};

describe.each(PROBLEM_IDS)('objective %s', (id) => {
  const obj = getObjective(id);
  const points = randomPoints(obj, 25, 1234 + id.length);

  it('has consistent metadata', () => {
    expect(obj.id).toBe(id);
    expect(obj.tex.length).toBeGreaterThan(10);
    expect(obj.label.length).toBeGreaterThan(3);
    const [[x0, x1], [y0, y1]] = obj.domain;
    expect(x0 < obj.start[0] && obj.start[0] < x1 && y0 < obj.start[1] && obj.start[1] < y1).toBe(
      true,
    );
    for (const s of obj.stationary) {
      expect(x0 < s.w[0] && s.w[0] < x1 && y0 < s.w[1] && s.w[1] < y1).toBe(true);
    }
  });

  it('lists stationary points with ∇J ≈ 0 whose kind matches the Hessian', () => {
    expect(obj.stationary.length).toBeGreaterThan(0);
    for (const s of obj.stationary) {
      const g = obj.grad(s.w);
      expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-12);
      expect(classifyPoint(obj, s.w)).toBe(s.kind);
    }
  });

  it('has a gradient that matches central differences of J', () => {
    for (const w of points) {
      expect(relErr(fdGrad(obj.value, w), obj.grad(w))).toBeLessThan(1e-6);
    }
  });

  it('has a symmetric Hessian that matches central differences of ∇J', () => {
    for (const w of points) {
      const H = obj.hess(w);
      expect(H[1]).toBe(H[2]);
      expect(relErr(fdJacobian(obj.grad, w), H)).toBeLessThan(1e-6);
    }
  });

  const r = residuals[id];
  if (r) {
    it('is a sum of squares whose Gauss-Newton matrix is 2JᵣᵀJᵣ', () => {
      expect(obj.gaussNewton).toBeDefined();
      for (const w of points) {
        const [r1, r2] = r(w);
        expect(relErr([obj.value(w)], [r1 * r1 + r2 * r2])).toBeLessThan(1e-14);
        const J = fdJacobian(r, w);
        const GN: Mat2 = [
          2 * (J[0] * J[0] + J[2] * J[2]),
          2 * (J[0] * J[1] + J[2] * J[3]),
          2 * (J[1] * J[0] + J[3] * J[2]),
          2 * (J[1] * J[1] + J[3] * J[3]),
        ];
        expect(relErr(obj.gaussNewton!(w), GN)).toBeLessThan(1e-6);
        expect(symEig(obj.gaussNewton!(w)).values[0]).toBeGreaterThanOrEqual(-1e-9);
      }
    });
  } else {
    it('supplies no Gauss-Newton matrix (|H| is used instead)', () => {
      expect(obj.gaussNewton).toBeUndefined();
    });
  }
});

describe('quadratic', () => {
  it('has eigenvalues 1 and κ with eigenvectors rotated by 30°', () => {
    for (const kappa of [1, 10, 1000]) {
      const { values, vectors } = symEig(getObjective('quadratic', { kappa }).hess([0, 0]));
      expect(relErr(values, [1, kappa])).toBeLessThan(1e-13);
      if (kappa > 1) {
        // The λ = 1 eigenvector points along ±(cos 30°, sin 30°).
        expect(Math.abs(vectors[0][0] * Math.cos(Math.PI / 6) + vectors[0][1] * 0.5)).toBeCloseTo(
          1,
          14,
        );
      }
    }
  });

  it('defaults κ to 10 and clamps it to 1…1000', () => {
    expect(getObjective('quadratic').hess([0, 0])).toEqual(quadraticHessian(10));
    expect(getObjective('quadratic', { kappa: 5000 }).hess([0, 0])).toEqual(quadraticHessian(1000));
    expect(getObjective('quadratic', { kappa: 0.1 }).hess([0, 0])).toEqual(quadraticHessian(1));
    expect(getObjective('quadratic', { kappa: NaN }).hess([0, 0])).toEqual(quadraticHessian(10));
  });

  it('is exactly ½wᵀHw', () => {
    const obj = getObjective('quadratic', { kappa: 37 });
    const H = quadraticHessian(37);
    const w: Vec2 = [-2, 1.5];
    const expected =
      0.5 * (w[0] * (H[0] * w[0] + H[1] * w[1]) + w[1] * (H[2] * w[0] + H[3] * w[1]));
    expect(obj.value(w)).toBe(expected);
    expect(obj.value([0, 0])).toBe(0);
  });
});

describe('logistic', () => {
  const obj = getObjective('logistic');

  it('has minimum value 4 ln 2 at the origin', () => {
    expect(obj.value([0, 0])).toBeCloseTo(4 * Math.LN2, 15);
    expect(obj.hess([0, 0])).toEqual([0.5, 0, 0, 0.5]);
  });

  it('matches the naive formula where that one does not overflow', () => {
    const naive = (x: number) => Math.log(1 + Math.exp(x)) + Math.log(1 + Math.exp(-x));
    for (const [x, y] of [
      [0.3, -2],
      [5, 12],
      [-30, 0.01],
    ]) {
      expect(relErr([obj.value([x, y])], [naive(x) + naive(y)])).toBeLessThan(1e-14);
    }
  });

  it('stays finite for |x| up to 1e300 (no overflow, no NaN)', () => {
    expect(obj.value([1e300, -1e300])).toBe(2e300);
    expect(relErr([obj.value([800, 0])], [800 + 2 * Math.LN2])).toBeLessThan(1e-15);
    for (const x of [40, 800, 1e10, 1e300, -1e300]) {
      const w: Vec2 = [x, -x];
      expect(Number.isFinite(obj.value(w))).toBe(true);
      expect(obj.grad(w)).toEqual([Math.sign(x), -Math.sign(x)]);
      for (const h of obj.hess(w)) expect(Number.isFinite(h) && h >= 0).toBe(true);
    }
    // J″ = ½sech²(x/2) ≈ 2e^{−|x|} in the tails, with full relative accuracy (no 1/cosh² overflow).
    expect(obj.hess([40, 0])[0] / (2 * Math.exp(-40))).toBeCloseTo(1, 12);
    expect(obj.hess([700, 0])[0] / (2 * Math.exp(-700))).toBeCloseTo(1, 12);
    expect(obj.hess([800, 0])).toEqual([0, 0, 0, 0.5]);
  });
});
