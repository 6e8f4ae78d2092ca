import { describe, expect, it } from 'vitest';
import { dampingPath, logGrid } from './dampingPath';
import { norm } from '../linalg/mat2';
import { getObjective } from '../objectives';
import { stepInfo } from './methods';
import { relErr } from '../testing';
import type { Vec2 } from '../types';

describe('logGrid', () => {
  it('has exact endpoints and a constant ratio', () => {
    const g = logGrid(1e-4, 1e4, 81);
    expect(g.length).toBe(81);
    expect(g[0]).toBe(1e-4);
    expect(g[80]).toBe(1e4);
    for (let i = 1; i < 81; i++) expect(g[i] / g[i - 1]).toBeCloseTo(10 ** 0.1, 12);
    expect(Array.from(logGrid(2, 8, 1))).toEqual([2]);
    expect(() => logGrid(0, 1, 5)).toThrow(RangeError);
  });
});

describe('dampingPath', () => {
  const etas = logGrid(1e-4, 1e8, 61);

  it('starts with the Newton step at η = 0 and tends to −∇J/η for large η', () => {
    const obj = getObjective('himmelblau');
    const w: Vec2 = [1, 1];
    const path = dampingPath(obj, w, etas);
    expect(path.etas.length).toBe(62);
    expect(path.etas[0]).toBe(0);
    const newton = stepInfo(obj, 'newton', w, { lr: 1, eta: 0 }).step!;
    expect(path.newton).toEqual(newton);
    expect([path.steps[0], path.steps[1]]).toEqual(newton);
    const g = obj.grad(w);
    const n = path.etas.length - 1;
    const eta = path.etas[n];
    expect(
      relErr([path.steps[2 * n], path.steps[2 * n + 1]], [-g[0] / eta, -g[1] / eta]),
    ).toBeLessThan((1e-6 * norm(g)) / eta);
  });

  it('solves (H + ηI)Δw = −∇J at every η and shrinks monotonically when H ≻ 0', () => {
    const obj = getObjective('rosenbrock');
    const w: Vec2 = [1.5, 1.5]; // H ≻ 0 here
    const path = dampingPath(obj, w, etas);
    const H = obj.hess(w);
    const g = obj.grad(w);
    let prev = Infinity;
    for (let i = 0; i < path.etas.length; i++) {
      const s: Vec2 = [path.steps[2 * i], path.steps[2 * i + 1]];
      const e = path.etas[i];
      const r = [(H[0] + e) * s[0] + H[1] * s[1] + g[0], H[2] * s[0] + (H[3] + e) * s[1] + g[1]];
      expect(Math.hypot(r[0], r[1])).toBeLessThan(1e-12 * norm(g));
      expect(norm(s)).toBeLessThan(prev);
      prev = norm(s);
    }
  });

  it('omits η = 0 when H is singular', () => {
    const path = dampingPath(getObjective('logistic'), [800, 0], logGrid(1e-2, 1, 3));
    expect(path.newton).toBeNull();
    expect(Array.from(path.etas)).toEqual(Array.from(logGrid(1e-2, 1, 3)));
    expect(path.steps.every(Number.isFinite)).toBe(true);
  });
});
