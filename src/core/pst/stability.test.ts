import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../testing';
import type { Mat2 } from '../types';
import { preconditionedEigenvalues, stableStepBound } from './stability';

const rnd = mulberry32(11);
/** A random SPD 2×2 matrix Q diag(a, b) Qᵀ with known eigenvalues. */
function spd(a: number, b: number, th: number): Mat2 {
  const c = Math.cos(th);
  const s = Math.sin(th);
  return [a * c * c + b * s * s, (a - b) * c * s, (a - b) * c * s, a * s * s + b * c * c];
}

describe('stable step of preconditioned GD', () => {
  it('C = H gives λ = 1 twice and the bound 2; C = I gives the eigenvalues of H', () => {
    const H = spd(5, 0.2, 0.7);
    const same = preconditionedEigenvalues(H, H)!;
    expect(same[0]).toBeCloseTo(1, 12);
    expect(same[1]).toBeCloseTo(1, 12);
    expect(stableStepBound(H, H)).toBeCloseTo(2, 12);
    const [l1, l2] = preconditionedEigenvalues([1, 0, 0, 1], H)!;
    expect(l1).toBeCloseTo(5, 12);
    expect(l2).toBeCloseTo(0.2, 12);
  });

  it('a diagonal C: the eigenvalues of D^{-½} H D^{-½} in closed form', () => {
    for (let i = 0; i < 50; i++) {
      const H = spd(0.1 + 5 * rnd(), 0.1 + 5 * rnd(), 3 * rnd());
      const d: Mat2 = [0.2 + 3 * rnd(), 0, 0, 0.2 + 3 * rnd()];
      // B = D^{-½} H D^{-½}: trace and determinant give λ_max.
      const b11 = H[0] / d[0];
      const b22 = H[3] / d[3];
      const b12 = H[1] / Math.sqrt(d[0] * d[3]);
      const tr = b11 + b22;
      const lmax = tr / 2 + Math.sqrt((tr * tr) / 4 - (b11 * b22 - b12 * b12));
      expect(stableStepBound(d, H)).toBeCloseTo(2 / lmax, 10);
    }
  });

  it('GD at α just below the bound contracts, just above it grows (quadratic 2/λ rule)', () => {
    const H = spd(3, 0.5, 0.4);
    const C: Mat2 = [H[0] * 0.8, 0, 0, H[3] * 0.8];
    const bound = stableStepBound(C, H)!;
    const run = (alpha: number) => {
      let e = [1, 1];
      for (let k = 0; k < 400; k++) {
        const g = [H[0] * e[0] + H[1] * e[1], H[2] * e[0] + H[3] * e[1]];
        e = [e[0] - (alpha * g[0]) / C[0], e[1] - (alpha * g[1]) / C[3]];
      }
      return Math.hypot(e[0], e[1]);
    };
    expect(run(0.98 * bound)).toBeLessThan(1e-2);
    expect(run(1.02 * bound)).toBeGreaterThan(1e2);
  });

  it('a singular C has no bound', () => {
    expect(preconditionedEigenvalues([0, 0, 0, 1], spd(1, 2, 0))).toBeNull();
    expect(stableStepBound([1, 0, 0, 0], spd(1, 2, 0))).toBeNull();
  });
});
