import { describe, expect, it } from 'vitest';
import { condPD, congruence, inverse, matmul, symEig, transpose } from '../linalg/mat2';
import { PROBLEM_IDS, type Mat2 } from '../types';
import { fdJacobian, randomPoints, randomSPD, randomVec, relErr } from '../testing';
import { plainProblem, reparameterize } from './affine';
import { precondObjective } from './angledQuadratic';
import { arrowScale, PRESET_IDS, presetAt, presetCurvature, presetR } from './presets';

const I: Mat2 = [1, 0, 0, 1];

describe('preconditioner presets', () => {
  const spd = randomSPD(11, 0.01, 1000);

  it('Cholesky and symmetric square root satisfy RRᵀ = C⁻¹', () => {
    for (let i = 0; i < 100; i++) {
      const C = spd();
      const Cinv = inverse(C)!;
      for (const p of ['cholesky', 'sqrt'] as const) {
        const R = presetR(p, C, 0)!;
        expect(relErr(matmul(R, transpose(R)), Cinv)).toBeLessThan(1e-12);
      }
      expect(presetR('cholesky', C, 0)![1]).toBe(0); // lower triangular
      const S = presetR('sqrt', C, 0)!;
      expect(S[1]).toBeCloseTo(S[2], 12); // symmetric
    }
  });

  it('each preset gives the H̃ = RᵀHR the slides promise', () => {
    for (let i = 0; i < 100; i++) {
      const H = spd();
      const [nu0, nu1] = symEig(H).values;
      const eta = 0.37;
      const t = (p: (typeof PRESET_IDS)[number]) => congruence(H, presetR(p, H, eta)!);
      expect(t('identity')).toEqual(H);
      const j = t('jacobi');
      expect([j[0], j[3]].map((v) => Number(v.toFixed(12)))).toEqual([1, 1]); // unit diagonal
      expect(relErr(t('cholesky'), I)).toBeLessThan(1e-11);
      expect(relErr(t('sqrt'), I)).toBeLessThan(1e-11);
      expect(condPD(t('sqrt'))!).toBeCloseTo(1, 10);
      // (H + ηI)^{−1/2} H (H + ηI)^{−1/2} has eigenvalues ν/(ν + η).
      expect(
        relErr(symEig(t('damped')).values, [nu0 / (nu0 + eta), nu1 / (nu1 + eta)]),
      ).toBeLessThan(1e-12);
    }
  });

  it('is the Hessian of J̃(w̃) = J(Rw̃ + b) (finite differences) on every problem', () => {
    const vec = randomVec(5, 0.3);
    for (const id of PROBLEM_IDS) {
      const obj = precondObjective(id, { kappa: 20, angle: 0 });
      for (const w of randomPoints(obj, 6, 99)) {
        for (const preset of PRESET_IDS) {
          const { R } = presetAt(obj, w, preset, 0.5);
          const b = vec();
          // w̃ with Rw̃ + b = w.
          const wt = inverse(R!)!;
          const x: [number, number] = [w[0] - b[0], w[1] - b[1]];
          const wtPoint: [number, number] = [
            wt[0] * x[0] + wt[1] * x[1],
            wt[2] * x[0] + wt[3] * x[1],
          ];
          const tilde = reparameterize(plainProblem(obj), { A: R!, c: b });
          const fd = fdJacobian(tilde.grad, wtPoint, 1e-5);
          const Ht = congruence(obj.hess(w), R!);
          expect(relErr(fd, Ht)).toBeLessThan(1e-5);
          expect(relErr(tilde.hess(wtPoint), Ht)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('uses |H| where H is indefinite, and says so', () => {
    const { C, replaced } = presetCurvature([1, 0, 0, -4]);
    expect(replaced).toBe(true);
    expect(C).toEqual([1, 0, 0, 4]);
    expect(presetCurvature([2, 1, 1, 2]).replaced).toBe(false);
  });

  it('arrow scale is a power of ten that does not depend on R', () => {
    expect(arrowScale([1, 0, 0, 1], 6)).toBe(1);
    expect(arrowScale([1e4, 0, 0, 1e4], 4)).toBe(100);
    expect(Math.log10(arrowScale([1330, 480, 480, 200], 4)) % 1).toBe(0);
  });
});
