/**
 * Property test of the 2-D model caption: over objectives, points, κ and damping, every claim is
 * checked against 2×2 closed forms — eigenvalues from the trace and determinant, the minimizer
 * −C⁻¹g by Cramer's rule, GD written out in 2-D, the exact-line-search step gᵀg/gᵀCg.
 */
import { describe, expect, it } from 'vitest';
import { verifyClaims, type Verifier } from '../claims/claim';
import { modelClaims } from './modelClaims';
import { computeModel2d, type Model2dRequest, type Model2dResult } from './model2d';

interface State {
  out: Model2dResult;
}

const rel = (a: number, b: number, tol: number) =>
  Math.abs(a - b) <= tol * Math.max(Math.abs(b), 1e-12);

/** Eigenvalues of the symmetric 2×2 C from its trace and determinant. */
function eig2(C: readonly number[]): [number, number] {
  const t = C[0] + C[3];
  const d = C[0] * C[3] - C[1] * C[2];
  const s = Math.sqrt(Math.max(0, (t * t) / 4 - d));
  return [t / 2 - s, t / 2 + s];
}

/** Relative gap of GD after n steps on the model (v from 0), step α fixed or exact. */
function gdGap(out: Model2dResult, n: number, fixed: boolean): number {
  const [a, b, , d] = out.C;
  const [g0, g1] = out.grad;
  const q = (x: number, y: number) =>
    0.5 * (a * x * x + 2 * b * x * y + d * y * y) + g0 * x + g1 * y;
  const det = a * d - b * b;
  const xs = -(d * g0 - b * g1) / det;
  const ys = -(-b * g0 + a * g1) / det;
  const qs = q(xs, ys);
  const [l0, l1] = eig2(out.C);
  let x = 0;
  let y = 0;
  for (let k = 0; k < n; k++) {
    const r0 = a * x + b * y + g0;
    const r1 = b * x + d * y + g1;
    const rr = r0 * r0 + r1 * r1;
    if (rr === 0) break;
    const alpha = fixed ? 2 / (l0 + l1) : rr / (r0 * (a * r0 + b * r1) + r1 * (b * r0 + d * r1));
    x -= alpha * r0;
    y -= alpha * r1;
  }
  return Math.max(0, q(x, y) - qs) / -qs;
}

const verifiers: Record<string, Verifier<State>> = {
  'model.not-pd': (c, { out }) => {
    const [l0] = eig2(out.C);
    const [a, b, , d] = out.C;
    const [g0, g1] = out.grad;
    if (!(l0 <= 1e-10 * Math.abs(eig2(out.C)[1]))) return `λmin = ${l0}`;
    // CG's first direction is −g: it stops at once exactly when gᵀCg ≤ 0.
    const gCg = g0 * (a * g0 + b * g1) + g1 * (b * g0 + d * g1);
    return c.text.includes('stops at once') === gCg <= 0 ? null : `gᵀCg = ${gCg}`;
  },
  'model.kappa': (c, { out }) => {
    const [l0, l1] = eig2(out.C);
    return rel(c.data.kappa as number, l1 / l0, 1e-9) ? null : `κ = ${l1 / l0}`;
  },
  'model.cg': (c, { out }) => {
    const k = c.data.cgSteps as number;
    if (k > 2) return 'more than 2 steps in 2-D';
    // The last CG iterate is w − C⁻¹g (Cramer's rule).
    const [a, b, , d] = out.C;
    const [g0, g1] = out.grad;
    const det = a * d - b * b;
    const star = [out.w[0] - (d * g0 - b * g1) / det, out.w[1] - (-b * g0 + a * g1) / det];
    const it = out.cg.iterates;
    const dist = Math.hypot(it[2 * k] - star[0], it[2 * k + 1] - star[1]);
    return dist <= 1e-8 * (1 + Math.hypot(star[0], star[1])) ? null : `${dist} from the minimizer`;
  },
  'model.gd': (c, { out }) => {
    const n = c.data.n as number;
    const f = gdGap(out, n, true);
    const e = gdGap(out, n, false);
    const ok = (claimed: number, ref: number) => Math.abs(claimed - ref) <= 1e-6 * ref + 1e-13;
    return ok(c.data.fixed as number, f) && ok(c.data.exact as number, e)
      ? null
      : `gaps ${f}, ${e}`;
  },
  'model.k1': (c, { out }) => {
    const [a, b, , d] = out.C;
    const [g0, g1] = out.grad;
    const alpha = (g0 * g0 + g1 * g1) / (g0 * (a * g0 + b * g1) + g1 * (b * g0 + d * g1));
    const x1 = [out.w[0] - alpha * g0, out.w[1] - alpha * g1];
    const cg1 = [out.cg.iterates[2], out.cg.iterates[3]];
    const dist = Math.hypot(cg1[0] - x1[0], cg1[1] - x1[1]);
    const scale = 1 + Math.hypot(x1[0], x1[1]);
    return dist <= 1e-10 * scale && (c.data.distance as number) <= 1e-10 * scale
      ? null
      : `CG's first iterate is ${dist} from the line-search step`;
  },
};

const STATES: Model2dRequest[] = [
  { problem: 'quadratic', kappa: 10, w: [2, 0.3], damping: 0, steps: 20 },
  { problem: 'quadratic', kappa: 1000, w: [-1.2, 1], damping: 0, steps: 50 },
  { problem: 'rosenbrock', kappa: 10, w: [-1.2, 1], damping: 0, steps: 20 },
  { problem: 'rosenbrock', kappa: 10, w: [0.5, -2], damping: 3, steps: 5 },
  { problem: 'himmelblau', kappa: 10, w: [0.5, 0.5], damping: 0, steps: 20 },
  { problem: 'himmelblau', kappa: 10, w: [0.5, 0.5], damping: 1, steps: 20 },
  { problem: 'himmelblau', kappa: 10, w: [-3, 2.5], damping: 0, steps: 100 },
  { problem: 'quadratic', kappa: 1, w: [1, 1], damping: 0.01, steps: 1 },
];

describe('the 2-D model caption makes only true claims', () => {
  for (const req of STATES) {
    it(`${req.problem} at (${req.w.join(', ')}), κ = ${req.kappa}, λ = ${req.damping}`, () => {
      const out = computeModel2d(req);
      const claims = modelClaims(out);
      expect(claims.length).toBeGreaterThanOrEqual(1);
      expect(verifyClaims(claims, { out }, verifiers)).toEqual([]);
    });
  }

  it('a false claim is caught', () => {
    const out = computeModel2d(STATES[0]);
    const kappa = modelClaims(out).find((c) => c.kind === 'model.kappa')!;
    const bad = { ...kappa, data: { kappa: 3 } };
    expect(verifyClaims([bad], { out }, verifiers)).toHaveLength(1);
  });
});
