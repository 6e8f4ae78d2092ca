/**
 * Preconditioned CG against closed forms: M = cI is CG, M = A (diagonal) solves in one step,
 * Jacobi PCG is invariant to diagonal rescaling, equals CG when diag(A) is constant, and needs
 * far fewer MVPs than CG on a badly scaled spectrum.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../nn';
import { conjugateGradient } from './cg';
import { pcgOnScaled as pcgStudy, scalingDiagonal } from './pcgStudy';
import { denseMatVec, diagMatVec, eigenvalues } from './spd';

/** Q diag(λ) Qᵀ for a given orthogonal Q (row-major), and the linear term Q·gEig. */
function rotated(Q: Float64Array, lambda: Float64Array, gEig: Float64Array) {
  const n = lambda.length;
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Q[i * n + k] * lambda[k] * Q[j * n + k];
      A[i * n + j] = s;
    }
  const g = Float64Array.from({ length: n }, (_, i) =>
    gEig.reduce((s, v, k) => s + Q[i * n + k] * v, 0),
  );
  const qStar = -0.5 * gEig.reduce((s, v, k) => s + (v * v) / lambda[k], 0);
  return { A, g, qStar };
}

/** The normalized Sylvester–Hadamard matrix: orthogonal, every entry ±1/√n (n a power of 2). */
function hadamard(n: number): Float64Array {
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let bits = i & j;
      let parity = 0;
      while (bits) {
        parity ^= bits & 1;
        bits >>= 1;
      }
      H[i * n + j] = (parity ? -1 : 1) / Math.sqrt(n);
    }
  return H;
}

const gaussian = (n: number, seed: number) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
};

/** A Chebyshev spectrum of condition number kappa, rotated by the n × n Hadamard matrix. */
const hadamardChebyshev = (n: number, kappa: number, gSeed: number) =>
  rotated(hadamard(n), eigenvalues(n, kappa, 'chebyshev', 5), gaussian(n, gSeed));

describe('preconditioned CG', () => {
  it('with M = c·I takes exactly the steps of CG', () => {
    const lambda = eigenvalues(30, 100, 'chebyshev', 5);
    const g = gaussian(30, 1);
    const A = diagMatVec(lambda);
    const cg = conjugateGradient(A, g, { maxIters: 20, recordIterates: true });
    const pcg = conjugateGradient(A, g, {
      maxIters: 20,
      recordIterates: true,
      preconditioner: new Float64Array(30).fill(7),
    });
    for (let k = 0; k <= 20; k++) {
      const d = cg.iterates![k].reduce(
        (s, v, i) => Math.max(s, Math.abs(v - pcg.iterates![k][i])),
        0,
      );
      expect(d).toBeLessThan(1e-12 * (1 + Math.max(...cg.iterates![k].map(Math.abs))));
    }
  });

  it('with M = A on a diagonal A solves in one MVP', () => {
    const lambda = eigenvalues(50, 1e4, 'uniform', 5);
    const g = gaussian(50, 2);
    const r = conjugateGradient(diagMatVec(lambda), g, {
      maxIters: 50,
      residualTol: 1e-14,
      preconditioner: lambda,
    });
    expect(r.iterations).toBe(1);
    for (let i = 0; i < 50; i++) expect(r.x[i]).toBeCloseTo(-g[i] / lambda[i], 12);
  });

  it('Jacobi PCG is invariant to diagonal rescaling: iterates on DAD are D⁻¹ times those on A', () => {
    const n = 32;
    const Q = hadamard(n);
    const { A, g } = rotated(Q, eigenvalues(n, 300, 'chebyshev', 5), gaussian(n, 3));
    // Make diag(A) non-constant first, so that Jacobi does something on A itself.
    const e = scalingDiagonal(n, 5);
    const B = A.map((v, k) => e[Math.floor(k / n)] * v * e[k % n]);
    const gB = g.map((v, i) => e[i] * v);
    const d = scalingDiagonal(n, 1000);
    const BD = B.map((v, k) => d[Math.floor(k / n)] * v * d[k % n]);
    const gBD = gB.map((v, i) => d[i] * v);
    const jac = (M: Float64Array) => Float64Array.from({ length: n }, (_, i) => M[i * n + i]);
    const o = { maxIters: 12, recordIterates: true } as const;
    const onB = conjugateGradient(denseMatVec(B, n), gB, { ...o, preconditioner: jac(B) });
    const onBD = conjugateGradient(denseMatVec(BD, n), gBD, { ...o, preconditioner: jac(BD) });
    for (let k = 0; k <= 12; k++) {
      const x = onB.iterates![k];
      const scale = Math.max(...x.map(Math.abs)) + 1e-300;
      for (let i = 0; i < n; i++)
        expect(Math.abs(d[i] * onBD.iterates![k][i] - x[i])).toBeLessThan(1e-8 * scale);
      expect(onBD.q[k]).toBeCloseTo(onB.q[k], 10);
    }
  });

  it('equals CG when D = I and diag(A) is constant (a Hadamard rotation)', () => {
    const n = 64;
    const { A, g, qStar } = hadamardChebyshev(n, 1000, 4);
    // Every diagonal entry of H diag(λ) Hᵀ is mean(λ): Jacobi's M is a multiple of I.
    const study = pcgStudy(A, g, qStar, 1);
    expect(study.diagSpread).toBeCloseTo(1, 12);
    const len = Math.min(study.cgGap.length, study.pcgGap.length);
    for (let k = 0; k < len; k++) {
      if (study.cgGap[k] < 1e-10) break;
      expect(study.pcgGap[k] / study.cgGap[k]).toBeCloseTo(1, 6);
    }
  });

  it('needs far fewer MVPs than CG on a diagonally scaled spectrum', () => {
    const n = 64;
    const { A, g, qStar } = hadamardChebyshev(n, 100, 5);
    const to = (gap: Float64Array) => {
      const k = gap.findIndex((v) => v <= 1e-6);
      return k < 0 ? Infinity : k;
    };
    for (const s of [10, 100, 1000]) {
      const st = pcgStudy(A, g, qStar, s);
      expect(to(st.pcgGap)).toBeLessThanOrEqual(to(st.cgGap));
      // D = diag(s^{i/(n−1)}) makes CG much slower; PCG keeps its count on A (constant diagonal).
      expect(to(st.pcgGap)).toBe(to(pcgStudy(A, g, qStar, 1).cgGap));
    }
    const wide = pcgStudy(A, g, qStar, 1000);
    expect(to(wide.cgGap)).toBeGreaterThan(3 * to(wide.pcgGap));
  });
});
