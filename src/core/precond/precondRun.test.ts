import { describe, expect, it } from 'vitest';
import { runMethod } from '../newton/methods';
import { PROBLEM_IDS, type Mat2, type Vec2 } from '../types';
import { precondObjective } from './angledQuadratic';
import { congruence, symEig } from '../linalg/mat2';
import { runGdInMovingTilde, runGdInTilde, runPreconditionedGd } from './precondRun';
import { presetAt } from './presets';
import { randomInvertible, randomPoints, randomVec } from '../testing';
import { deviation } from './trace';

/** max_k ‖a_k − b_k‖ / (1 + ‖a_k‖): rounding-level agreement, also for runs that blow up. */
function relDistance(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i + 1 < Math.min(a.length, b.length); i += 2) {
    const d = Math.hypot(a[i] - b[i], a[i + 1] - b[i + 1]) / (1 + Math.hypot(a[i], a[i + 1]));
    m = Math.max(m, d);
  }
  return m;
}

describe('GD in w̃ = preconditioned GD in w (the slide’s derivation)', () => {
  const genR = randomInvertible(21, 10);
  const genB = randomVec(22, 2);

  // Starts in a minimum's basin: near a maximum (Himmelblau's default start) or along a saddle's
  // unstable direction GD amplifies any difference, rounding included (the step test below
  // covers every point).
  const START: Record<(typeof PROBLEM_IDS)[number], Vec2> = {
    quadratic: [-2, 1.5],
    rosenbrock: [-1.2, 1],
    logistic: [2.3, 0.5],
    saddle: [1.5, 1.3],
    himmelblau: [2.5, 2.5],
  };

  it.each(PROBLEM_IDS)('%s: for random R and b the trajectories coincide to rounding', (id) => {
    const obj = precondObjective(id, { kappa: 30, angle: 30 });
    const x0 = START[id];
    for (let i = 0; i < 25; i++) {
      const R = genR();
      const b = genB();
      // A step size that is stable at the start in w̃: α = 1/ν_max(RᵀHR).
      const nuMax = Math.max(...symEig(congruence(obj.hess(x0), R)).values.map(Math.abs));
      const opts = { lr: 1 / nuMax, maxSteps: 40 };
      const direct = runPreconditionedGd(obj, x0, () => R, opts);
      const tilde = runGdInTilde(obj, { A: R, c: b }, x0, opts)!;
      expect(direct.steps).toBeGreaterThan(0);
      expect(relDistance(direct.iterates, tilde.mapped)).toBeLessThan(1e-12);
      // The losses agree too: J̃(w̃_k) = J(w_k).
      const n = Math.min(direct.loss.length, tilde.tilde.loss.length);
      for (let k = 0; k < n; k++) {
        expect(Math.abs(direct.loss[k] - tilde.tilde.loss[k])).toBeLessThanOrEqual(
          1e-11 * (1 + Math.abs(direct.loss[k])),
        );
      }
    }
  });

  it.each(PROBLEM_IDS)('%s: one step from any point agrees to rounding', (id) => {
    const obj = precondObjective(id, { kappa: 30, angle: 30 });
    for (const w of randomPoints(obj, 40, 3)) {
      const R = genR();
      const b = genB();
      const opts = { lr: 0.01, maxSteps: 1, tol: 1e-300 };
      const direct = runPreconditionedGd(obj, w, () => R, opts);
      const tilde = runGdInTilde(obj, { A: R, c: b }, w, opts)!;
      expect(relDistance(direct.iterates, tilde.mapped)).toBeLessThan(1e-14);
    }
  });

  it('b only relabels w̃: the mapped-back trajectory does not depend on it', () => {
    const obj = precondObjective('rosenbrock');
    const R: Mat2 = [0.05, 0.01, -0.02, 0.08];
    const a = runGdInTilde(obj, { A: R, c: [0, 0] }, obj.start, { lr: 0.5, maxSteps: 30 })!;
    const c = runGdInTilde(obj, { A: R, c: [3, -7] }, obj.start, { lr: 0.5, maxSteps: 30 })!;
    expect(relDistance(a.mapped, c.mapped)).toBeLessThan(1e-13);
    expect(a.tilde.iterates[0]).not.toBeCloseTo(c.tilde.iterates[0], 3);
  });

  it('a singular R has no w̃ space', () => {
    const obj = precondObjective('quadratic');
    expect(
      runGdInTilde(obj, { A: [1, 2, 2, 4], c: [0, 0] }, obj.start, { lr: 1, maxSteps: 5 }),
    ).toBeNull();
  });
});

describe('R following the iterate', () => {
  const opts = { lr: 1, maxSteps: 50 };
  const rAt =
    (obj: ReturnType<typeof precondObjective>, p: 'sqrt' | 'cholesky' | 'damped', eta = 0) =>
    (w: Vec2) =>
      presetAt(obj, w, p, eta).R;

  it('the moving-w̃ route equals the direct update', () => {
    for (const id of ['rosenbrock', 'logistic', 'himmelblau'] as const) {
      const obj = precondObjective(id);
      for (const p of ['sqrt', 'cholesky', 'damped'] as const) {
        const f = rAt(obj, p, 0.3);
        const direct = runPreconditionedGd(obj, obj.start, f, { lr: 0.7, maxSteps: 40 });
        const moving = runGdInMovingTilde(obj, f, [0.4, -1], obj.start, { lr: 0.7, maxSteps: 40 });
        expect(relDistance(direct.iterates, moving.iterates)).toBeLessThan(1e-12);
      }
    }
  });

  it('with RRᵀ = H(w)⁻¹ and α = 1 it is Newton’s method; with (H + ηI)^{−1/2}, damped Newton', () => {
    // Logistic from inside the threshold and Rosenbrock from a point where H ≻ 0 all the way.
    for (const [id, x0] of [
      ['logistic', [2, 0.5]],
      ['logistic', [-1.5, 1.9]],
      ['quadratic', [-2, 1.5]],
    ] as const) {
      const obj = precondObjective(id, { kappa: 100 });
      const newton = runMethod(obj, 'newton', x0, { lr: 1, eta: 0, maxSteps: 50 });
      for (const p of ['sqrt', 'cholesky'] as const) {
        const pre = runPreconditionedGd(obj, x0, rAt(obj, p), opts);
        expect(deviation(newton.iterates, pre.iterates).max).toBeLessThan(1e-12);
        expect(pre.status).toBe(newton.status);
      }
      const damped = runMethod(obj, 'damped-newton', x0, { lr: 1, eta: 0.25, maxSteps: 50 });
      const pre = runPreconditionedGd(obj, x0, rAt(obj, 'damped', 0.25), opts);
      expect(deviation(damped.iterates, pre.iterates).max).toBeLessThan(1e-12);
    }
  });
});
