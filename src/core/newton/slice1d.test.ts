import { describe, expect, it } from 'vitest';
import { dot } from '../linalg/mat2';
import { getObjective } from '../objectives';
import { runMethod } from './methods';
import { newtonSlice } from './slice1d';
import { randomPoints } from '../testing';
import { PROBLEM_IDS, type Vec2 } from '../types';

describe('newtonSlice', () => {
  it.each(PROBLEM_IDS)(
    'on %s the tangent of φ at 0 has its root at t = 1, the Newton iterate',
    (id) => {
      const obj = getObjective(id);
      for (const w of randomPoints(obj, 20, 11)) {
        const s = newtonSlice(obj, w);
        if (!s) continue;
        expect(Math.abs(s.root - 1)).toBeLessThan(1e-10);
        // w + d is the next Newton iterate.
        const r = runMethod(obj, 'newton', w, { lr: 1, eta: 0, maxSteps: 1 });
        expect(w[0] + s.direction[0]).toBe(r.iterates[2]);
        expect(w[1] + s.direction[1]).toBe(r.iterates[3]);
        // The slope is φ′(0), checked by differencing φ along the line.
        const phiAt = (t: number) => {
          const p: Vec2 = [w[0] + t * s.direction[0], w[1] + t * s.direction[1]];
          return dot(obj.grad(p), s.unit);
        };
        const h = 1e-5;
        const fd = (phiAt(h) - phiAt(-h)) / (2 * h);
        expect(Math.abs(fd - s.slope)).toBeLessThan(1e-5 * Math.max(1, Math.abs(s.slope)));
      }
    },
  );

  it('samples φ, its tangent and J on the t grid', () => {
    const obj = getObjective('logistic');
    const w: Vec2 = [1.5, -0.5];
    const s = newtonSlice(obj, w, { tMin: -0.5, tMax: 2, n: 11 })!;
    expect(Array.from(s.t)).toEqual(
      [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2].map((x) => expect.closeTo(x, 14)),
    );
    expect(s.phi[2]).toBeCloseTo(s.phi0, 15);
    expect(s.tangent[6]).toBeCloseTo(0, 14);
    expect(s.value[2]).toBe(obj.value(w));
    // Logistic curvature decreases away from 0, so the true φ(1) is not 0: Newton overshoots.
    expect(Math.abs(s.phi[6])).toBeGreaterThan(1e-3);
  });

  it('is exact on a quadratic: φ is its own tangent and vanishes at t = 1', () => {
    const obj = getObjective('quadratic', { kappa: 200 });
    const s = newtonSlice(obj, obj.start)!;
    for (let i = 0; i < s.t.length; i++) {
      expect(Math.abs(s.phi[i] - s.tangent[i])).toBeLessThan(1e-12 * Math.abs(s.phi0));
    }
  });

  it('is null when the Newton direction is undefined or zero', () => {
    expect(newtonSlice(getObjective('logistic'), [800, 0])).toBeNull();
    expect(newtonSlice(getObjective('saddle'), [0, 1])).toBeNull();
  });
});
