import { describe, expect, it } from 'vitest';
import { condPD, congruence, inverse, matvec } from '../linalg/mat2';
import { relErr } from '../testing';
import { angledHessian } from './angledQuadratic';
import { presetR } from './presets';
import { gdRate, jacobiKappa, jacobiSweep, quadraticGd, stepsFromRate } from './quadRate';

describe('GD on a quadratic: the rate (κ − 1)/(κ + 1)', () => {
  it('the measured step count at α* equals ⌈ln tol / ln rate⌉', () => {
    for (const kappa of [2, 10, 50, 300, 1000]) {
      for (const angle of [0, 30, 63]) {
        for (const e0 of [
          [-2, 1.5],
          [0.3, 2.9],
        ] as const) {
          const r = quadraticGd(angledHessian(kappa, angle), e0, 1e-6)!;
          expect(r.kappa).toBeCloseTo(kappa, 8);
          expect(r.rate).toBeCloseTo((kappa - 1) / (kappa + 1), 12);
          expect(r.stepsMeasured).toBe(r.stepsTheory);
        }
      }
    }
    expect(stepsFromRate(gdRate(50), 1e-6)).toBe(346);
  });

  it('after the Cholesky or square-root preset: κ̃ = 1 and one step', () => {
    const H = angledHessian(500, 30);
    for (const p of ['cholesky', 'sqrt'] as const) {
      const R = presetR(p, H, 0)!;
      const Ht = congruence(H, R);
      expect(condPD(Ht)!).toBeCloseTo(1, 10);
      const e0 = matvec(inverse(R)!, [-2, 1.5]);
      const r = quadraticGd(Ht, e0, 1e-6)!;
      expect(r.stepsMeasured).toBe(1);
      expect(r.stepsTheory).toBe(1);
    }
  });

  it('Jacobi fixes an axis-aligned quadratic, not a 45° one; closed form in between', () => {
    expect(jacobiKappa(angledHessian(1000, 0))).toBe(1);
    expect(jacobiKappa(angledHessian(1000, 45))!).toBeCloseTo(1000, 6);
    // D^{−1/2}HD^{−1/2} = [[1, ρ], [ρ, 1]] has κ = (1 + |ρ|)/(1 − |ρ|).
    const H = angledHessian(100, 30);
    const rho = Math.abs(H[1]) / Math.sqrt(H[0] * H[3]);
    expect(relErr([jacobiKappa(H)!], [(1 + rho) / (1 - rho)])).toBeLessThan(1e-12);
    const s = jacobiSweep(100, [0, 15, 30, 45, 60, 90]);
    expect(s.after[0]).toBe(1);
    expect(s.after[3]).toBeCloseTo(100, 8);
    expect(s.after[5]).toBeCloseTo(1, 10);
    expect(s.after[1] < s.after[2] && s.after[2] < s.after[3]).toBe(true);
  });
});
