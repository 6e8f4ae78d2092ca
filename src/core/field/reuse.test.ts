import { describe, expect, it } from 'vitest';
import { getObjective } from '../objectives';
import type { Mat2, Vec2 } from '../types';
import type { Domain2 } from './domain';
import { padDomain, transformedField } from './field';
import { MAX_STRETCH, reuseMap } from './reuse';

const view: Domain2 = [
  [-1, 1],
  [-1, 1],
];
const at = (A: Mat2, c: Vec2) => ({ A, c });

describe('reuseMap', () => {
  it('maps an old sample point to the new coordinates of the same x', () => {
    const old = { frame: at([1.2, 0.3, -0.1, 0.9], [0.5, -0.2]), domain: padDomain(view, 1.3) };
    const now = at([1.25, 0.28, -0.12, 0.95], [0.52, -0.18]);
    const m = reuseMap(old, now, view)!;
    expect(m).not.toBeNull();
    const y: Vec2 = [0.3, -0.7];
    const x = [
      old.frame.A[0] * y[0] + old.frame.A[1] * y[1] + old.frame.c[0],
      old.frame.A[2] * y[0] + old.frame.A[3] * y[1] + old.frame.c[1],
    ];
    const yn = [m.P[0] * y[0] + m.P[1] * y[1] + m.p[0], m.P[2] * y[0] + m.P[3] * y[1] + m.p[1]];
    const xn = [
      now.A[0] * yn[0] + now.A[1] * yn[1] + now.c[0],
      now.A[2] * yn[0] + now.A[3] * yn[1] + now.c[1],
    ];
    expect(xn[0]).toBeCloseTo(x[0], 12);
    expect(xn[1]).toBeCloseTo(x[1], 12);
  });

  it('the contours it draws are the new field: J(A₀y + c₀) = J(A′(Py + p) + c′) on the grid', () => {
    const obj = getObjective('rosenbrock', { kappa: 10 });
    const oldT = at([0.8, 0.1, 0.05, 0.6], [0.2, 0.4]);
    const newT = at([0.85, 0.12, 0.04, 0.62], [0.21, 0.38]);
    const old = transformedField(obj, 'r', oldT, view, 12, 1.3);
    const m = reuseMap(old, newT, view)!;
    expect(m).not.toBeNull();
    const [[x0, x1], [y0, y1]] = old.domain;
    for (let j = 0; j < 12; j += 5)
      for (let i = 0; i < 12; i += 5) {
        const y: Vec2 = [x0 + ((x1 - x0) * i) / 11, y0 + ((y1 - y0) * j) / 11];
        const yn: Vec2 = [
          m.P[0] * y[0] + m.P[1] * y[1] + m.p[0],
          m.P[2] * y[0] + m.P[3] * y[1] + m.p[1],
        ];
        const x: Vec2 = [
          newT.A[0] * yn[0] + newT.A[1] * yn[1] + newT.c[0],
          newT.A[2] * yn[0] + newT.A[3] * yn[1] + newT.c[1],
        ];
        expect(obj.value(x)).toBeCloseTo(old.values[j * 12 + i], 9);
      }
  });

  it('is the identity for the same map, and refuses a view the samples do not cover', () => {
    const T = at([2, 0, 0, 0.5], [1, 1]);
    const m = reuseMap({ frame: T, domain: view }, T, view)!;
    expect(m.P).toEqual([1, 0, 0, 1]);
    expect(m.p).toEqual([0, 0]);
    const shifted = at([2, 0, 0, 0.5], [1.5, 1]); // the view's left edge now needs y₁ = −1.25
    expect(reuseMap({ frame: T, domain: view }, shifted, view)).toBeNull();
    expect(reuseMap({ frame: T, domain: padDomain(view, 1.3) }, shifted, view)).not.toBeNull();
  });

  it('refuses maps that stretch the old grid beyond the limit, and singular ones', () => {
    const T = at([1, 0, 0, 1], [0, 0]);
    const wide = { frame: T, domain: padDomain(view, 10) };
    const s = MAX_STRETCH;
    expect(reuseMap(wide, at([1 / (0.99 * s), 0, 0, 1], [0, 0]), view)).not.toBeNull();
    expect(reuseMap(wide, at([1 / (1.01 * s), 0, 0, 1], [0, 0]), view)).toBeNull();
    expect(reuseMap(wide, at([1.01 * s, 0, 0, 1], [0, 0]), view)).toBeNull();
    expect(reuseMap(wide, at([1, 1, 1, 1], [0, 0]), view)).toBeNull();
  });
});

describe('padDomain', () => {
  it('widens a box about its centre', () => {
    expect(
      padDomain(
        [
          [0, 2],
          [1, 5],
        ],
        1.5,
      ),
    ).toEqual([
      [-0.5, 2.5],
      [0, 6],
    ]);
  });
});
