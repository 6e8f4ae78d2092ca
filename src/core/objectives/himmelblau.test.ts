import { describe, expect, it } from 'vitest';
import { solve, symEig } from '../linalg/mat2';
import { classifyPoint, runMethod } from '../newton/methods';
import { relErr } from '../testing';
import type { Vec2 } from '../types';
import { HIMMELBLAU_STATIONARY, makeHimmelblau } from './himmelblau';

const obj = makeHimmelblau();

/** Plain Newton iteration on ∇J = 0, independent of runMethod. */
function newtonRoot(w0: Vec2): Vec2 {
  let w = w0;
  for (let i = 0; i < 60; i++) {
    const x = solve(obj.hess(w), obj.grad(w))!;
    w = [w[0] - x[0], w[1] - x[1]];
  }
  return w;
}

// Rough guesses (2 digits, read off a contour plot); the table must be what Newton finds from them.
const guesses: Vec2[] = [
  [3, 2],
  [-2.8, 3.1],
  [-3.8, -3.3],
  [3.6, -1.8],
  [-0.3, -0.9],
  [0.1, 2.9],
  [-3.1, -0.1],
  [3.4, 0.1],
  [-0.1, -2],
];

describe('Himmelblau stationary points', () => {
  it('lists 4 minima, 4 saddles and 1 maximum', () => {
    const kinds = HIMMELBLAU_STATIONARY.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'min')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'saddle')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'max')).toHaveLength(1);
  });

  it.each(guesses.map((g, i) => [i, g] as const))(
    'entry %i is the Newton root near its guess, to ≥ 13 digits',
    (i, guess) => {
      const root = newtonRoot(guess);
      const listed = HIMMELBLAU_STATIONARY[i];
      expect(relErr(listed.w, root)).toBeLessThan(1e-13);
      const g = obj.grad(listed.w);
      expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-12);
      const [l0, l1] = symEig(obj.hess(listed.w)).values;
      const expectedKind = l0 > 0 ? 'min' : l1 < 0 ? 'max' : 'saddle';
      expect(listed.kind).toBe(expectedKind);
      expect(classifyPoint(obj, listed.w)).toBe(expectedKind);
      if (listed.kind === 'min') expect(obj.value(listed.w)).toBeLessThan(1e-25);
    },
  );

  it('from the default start, Newton climbs to the maximum while pd-newton finds a minimum', () => {
    const opts = { lr: 0.01, eta: 1, maxSteps: 100 };
    const end = (m: 'newton' | 'pd-newton'): Vec2 => {
      const r = runMethod(obj, m, obj.start, opts);
      expect(r.status).toBe('converged');
      return [r.iterates[2 * r.steps], r.iterates[2 * r.steps + 1]];
    };
    expect(classifyPoint(obj, end('newton'))).toBe('max');
    expect(classifyPoint(obj, end('pd-newton'))).toBe('min');
  });
});
