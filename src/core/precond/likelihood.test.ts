import { describe, expect, it } from 'vitest';
import { mulberry32, randomPoints, relErr } from '../testing';
import { PROBLEM_IDS, type Mat2, type Vec2 } from '../types';
import { precondObjective } from './angledQuadratic';
import { withCurvatureStructure } from './likelihood';

/** Standard normal samples (Box–Muller) from a seeded RNG. */
function normal(rnd: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** E[s sᵀ] over n samples of a score vector s. */
function meanOuter(n: number, score: () => Vec2): Mat2 {
  const m = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const s = score();
    m[0] += s[0] * s[0];
    m[1] += s[0] * s[1];
    m[3] += s[1] * s[1];
  }
  return [m[0] / n, m[1] / n, m[1] / n, m[3] / n];
}

describe('Gauss-Newton and Fisher structure', () => {
  it.each(PROBLEM_IDS.filter((id) => id !== 'saddle'))(
    '%s: F = G (exponential family with natural parameters)',
    (id) => {
      const obj = precondObjective(id, { kappa: 25, angle: 30 });
      const { problem } = withCurvatureStructure(id, obj);
      for (const w of randomPoints(obj, 30, 4)) {
        expect(relErr(problem.fisher!(w), problem.gaussNewton!(w))).toBeLessThan(1e-13);
      }
    },
  );

  it('quadratic and logistic: G = F = H, so all three methods coincide', () => {
    for (const id of ['quadratic', 'logistic'] as const) {
      const obj = precondObjective(id, { kappa: 25, angle: 10 });
      const { problem } = withCurvatureStructure(id, obj);
      for (const w of randomPoints(obj, 20, 5)) {
        expect(relErr(problem.fisher!(w), obj.hess(w))).toBeLessThan(1e-13);
        expect(relErr(problem.gaussNewton!(w), obj.hess(w))).toBeLessThan(1e-13);
      }
    }
  });

  it('Rosenbrock: G differs from H away from the minimum and equals it there', () => {
    const obj = precondObjective('rosenbrock');
    const { problem } = withCurvatureStructure('rosenbrock', obj);
    expect(relErr(problem.gaussNewton!([-1.2, 1]), obj.hess([-1.2, 1]))).toBeGreaterThan(0.1);
    expect(relErr(problem.gaussNewton!([1, 1]), obj.hess([1, 1]))).toBeLessThan(1e-15);
  });

  it('the Fisher is the covariance of the score (Monte Carlo, 200k samples)', () => {
    const rnd = mulberry32(17);
    const z = normal(rnd);
    // Rosenbrock: Gaussian observations with variance ½ and mean t − r(w); score −2Jᵣᵀε.
    const w: Vec2 = [-0.7, 0.4];
    const Jr: Mat2 = [-1, 0, -20 * w[0], 10];
    const sd = Math.sqrt(0.5);
    const mcR = meanOuter(200_000, () => {
      const e0 = sd * z();
      const e1 = sd * z();
      return [-2 * (Jr[0] * e0 + Jr[2] * e1), -2 * (Jr[1] * e0 + Jr[3] * e1)];
    });
    const rosen = withCurvatureStructure('rosenbrock', precondObjective('rosenbrock'));
    expect(relErr(mcR, rosen.problem.fisher!(w))).toBeLessThan(0.02);
    // Logistic: four Bernoulli observations with logits (x, x, y, y); score (y − p)∇z.
    const v: Vec2 = [1.3, -0.4];
    const p = v.map((t) => 1 / (1 + Math.exp(-t)));
    const mcL = meanOuter(200_000, () => {
      let s0 = 0;
      let s1 = 0;
      for (let j = 0; j < 2; j++) {
        s0 += (rnd() < p[0] ? 1 : 0) - p[0];
        s1 += (rnd() < p[1] ? 1 : 0) - p[1];
      }
      return [s0, s1];
    });
    const logi = withCurvatureStructure('logistic', precondObjective('logistic'));
    expect(relErr(mcL, logi.problem.fisher!(v))).toBeLessThan(0.02);
  });

  it('the saddle has neither, and says why', () => {
    const s = withCurvatureStructure('saddle', precondObjective('saddle'));
    expect(s.problem.gaussNewton).toBeNull();
    expect(s.problem.fisher).toBeNull();
    expect(s.model).toMatch(/^Not defined/);
  });
});
