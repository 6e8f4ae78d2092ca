import { describe, expect, it } from 'vitest';
import { createRng } from '../nn';
import { backtrack, backtrackGrid, conjugateGradient, martensShouldStop, MARTENS_EPS } from './cg';
import { bestFixedStep, gdOnModel } from './gd';
import { countDistinct, denseMatVec, diagMatVec, makeSpdProblem, randomOrthogonal } from './spd';
import { LruMemo } from '../memo';

// One memo per file, as one job runner holds one: later tests may hit what earlier ones stored.
const memo = new LruMemo();

const residualNorm = (A: Float64Array, n: number, x: Float64Array, g: Float64Array) => {
  const out = new Float64Array(n);
  denseMatVec(A, n)(x, out);
  let s = 0;
  for (let i = 0; i < n; i++) s += (out[i] + g[i]) ** 2;
  return Math.sqrt(s);
};

/** A dense problem with a uniform spectrum of condition number kappa. */
const uniformDense = (n: number, kappa: number, seed: number) =>
  makeSpdProblem({ n, kappa, spectrum: 'uniform', groups: 3, seed, dense: true }, memo);

describe('conjugateGradient', () => {
  it('solves random SPD systems to 1e-10 in at most n steps', () => {
    for (const [n, seed] of [
      [5, 1],
      [12, 2],
      [30, 3],
    ]) {
      const p = uniformDense(n, 50, seed);
      const r = conjugateGradient(denseMatVec(p.A!, n), p.g, { maxIters: n, residualTol: 1e-10 });
      expect(r.stop).toBe('residual');
      expect(r.iterations).toBeLessThanOrEqual(n);
      expect(residualNorm(p.A!, n, r.x, p.g)).toBeLessThanOrEqual(1e-10 * 1.0001);
      expect(r.mvps).toBe(r.iterations);
    }
  });

  it('terminates in at most (number of distinct eigenvalues) steps', () => {
    for (const groups of [2, 3, 5]) {
      const n = 60;
      const p = makeSpdProblem(
        {
          n,
          kappa: 100,
          spectrum: 'few-distinct',
          groups,
          seed: 4,
          dense: true,
        },
        memo,
      );
      expect(countDistinct(p.lambda)).toBe(groups);
      const r = conjugateGradient(denseMatVec(p.A!, n), p.g, { maxIters: n, residualTol: 1e-10 });
      expect(r.stop).toBe('residual');
      expect(r.iterations).toBeLessThanOrEqual(groups);
      // and it really needs them: one step fewer leaves a clear residual
      const short = conjugateGradient(denseMatVec(p.A!, n), p.g, { maxIters: groups - 1 });
      expect(short.residual[groups - 1]).toBeGreaterThan(1e-4);
    }
  });

  it('tracks q(x_i) from the residual exactly and q decreases monotonically', () => {
    const n = 20;
    const p = uniformDense(n, 30, 9);
    const A = denseMatVec(p.A!, n);
    const r = conjugateGradient(A, p.g, { maxIters: 8, recordIterates: true });
    const Ax = new Float64Array(n);
    r.iterates!.forEach((x, i) => {
      A(x, Ax);
      let q = 0;
      for (let j = 0; j < n; j++) q += 0.5 * x[j] * Ax[j] + p.g[j] * x[j];
      expect(r.q[i]).toBeCloseTo(q, 12);
      if (i > 0) expect(r.q[i]).toBeLessThan(r.q[i - 1]);
    });
  });

  it('a warm start costs one MVP and starts from q(x₀)', () => {
    const n = 10;
    const p = uniformDense(n, 10, 5);
    const x0 = new Float64Array(n).fill(0.1);
    const r = conjugateGradient(denseMatVec(p.A!, n), p.g, { maxIters: 3, x0 });
    expect(r.mvps).toBe(4);
    const Ax = new Float64Array(n);
    denseMatVec(p.A!, n)(x0, Ax);
    let q0 = 0;
    for (let j = 0; j < n; j++) q0 += 0.5 * x0[j] * Ax[j] + p.g[j] * x0[j];
    expect(r.q[0]).toBeCloseTo(q0, 12);
  });

  it('stops on non-positive curvature pᵀAp ≤ 0', () => {
    // A = diag(1, −1), g = (1, 1): the first direction −g has curvature 0.
    const r = conjugateGradient(diagMatVec(Float64Array.of(1, -1)), Float64Array.of(1, 1), {
      maxIters: 5,
    });
    expect(r.stop).toBe('negative-curvature');
    expect(r.iterations).toBe(0);
    const r2 = conjugateGradient(diagMatVec(Float64Array.of(3, -1)), Float64Array.of(1, 1), {
      maxIters: 5,
    });
    expect(r2.stop).toBe('negative-curvature');
    expect(r2.iterations).toBe(1);
  });
});

// docs/math.md#hessian-free-optimization
describe('Martens stopping rule and backtracking grid', () => {
  it('saves iterates at 5, 7, 9, 11, 15, 19, 25, … (×1.3)', () => {
    expect(backtrackGrid(60)).toEqual([5, 7, 9, 11, 15, 19, 25, 32, 41, 54]);
  });

  it('CG saves exactly the grid plus the final iterate', () => {
    const n = 200;
    const p = makeSpdProblem({ n, kappa: 1e4, spectrum: 'uniform', groups: 3, seed: 1 }, memo);
    const r = conjugateGradient(diagMatVec(p.lambda), p.gEig, {
      maxIters: 20,
      saveForBacktracking: true,
    });
    expect(r.saved!.map((s) => s.iter)).toEqual([5, 7, 9, 11, 15, 19, 20]);
  });

  it('k = max(10, ⌈0.1 i⌉), needs i > k, q_{i−k} < 0 and (q_i − q_{i−k})/q_i < kε', () => {
    const q = new Float64Array(30).fill(-1);
    // Flat progress: stops as soon as i > 10.
    expect(martensShouldStop(q, 10, MARTENS_EPS)).toBe(false);
    expect(martensShouldStop(q, 11, MARTENS_EPS)).toBe(true);
    // Relative progress of exactly 10ε·(1.01) over the last 10 iterations: continue.
    const q2 = new Float64Array(30);
    q2[1] = -1;
    q2[11] = -1 / (1 - 10 * MARTENS_EPS * 1.01);
    expect(martensShouldStop(q2, 11, MARTENS_EPS)).toBe(false);
    q2[11] = -1 / (1 - 10 * MARTENS_EPS * 0.99);
    expect(martensShouldStop(q2, 11, MARTENS_EPS)).toBe(true);
    // q_{i−k} must be negative.
    const q3 = new Float64Array(30);
    expect(martensShouldStop(q3, 20, MARTENS_EPS)).toBe(false);
    // At i = 200, k = 20: compares with q_180.
    const q4 = new Float64Array(201).fill(-1);
    q4[200] = -1.2;
    expect(martensShouldStop(q4, 200, MARTENS_EPS)).toBe(false);
    q4[180] = -1.2;
    expect(martensShouldStop(q4, 200, MARTENS_EPS)).toBe(true);
  });

  it('backtracking walks back from the last saved iterate while the loss improves', () => {
    const saved = [1, 2, 3, 4, 5].map((v) => ({ iter: v, x: Float64Array.of(v) }));
    // Loss minimal at x = 3: walks back from 5 to 3 and stops (4 evaluations).
    const r = backtrack(saved, (x) => (x[0] - 3) ** 2);
    expect(r).toEqual({ index: 2, loss: 0, evaluations: 4 });
    // Last one best: a single evaluation.
    expect(backtrack(saved, (x) => -x[0]).evaluations).toBe(2);
    expect(backtrack(saved, (x) => -x[0]).index).toBe(4);
  });
});

describe('GD on the model', () => {
  it('best fixed step contracts the gap by ((κ−1)/(κ+1))² per step on a 2-eigenvalue problem', () => {
    const kappa = 9;
    const lam = Float64Array.of(1, kappa);
    const g = Float64Array.of(1, 1);
    const r = gdOnModel(
      diagMatVec(lam),
      g,
      { kind: 'fixed', alpha: bestFixedStep(1, kappa) },
      { maxIters: 6 },
    );
    const qStar = -0.5 * (1 + 1 / kappa);
    const rate = ((kappa - 1) / (kappa + 1)) ** 2;
    for (let i = 1; i <= 6; i++) {
      expect((r.q[i] - qStar) / (r.q[i - 1] - qStar)).toBeCloseTo(rate, 10);
    }
  });
});

describe('randomOrthogonal', () => {
  it('has orthonormal columns', () => {
    const n = 15;
    const Q = randomOrthogonal(n, createRng(3));
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += Q[i * n + a] * Q[i * n + b];
        expect(s).toBeCloseTo(a === b ? 1 : 0, 12);
      }
    }
  });
});
