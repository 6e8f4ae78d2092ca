/**
 * Test-only reference implementations for the CG tests and the claim verifiers (not exported
 * from index.ts): textbook CG, Jacobi PCG and fixed-step GD written out directly on explicit
 * matrices, measuring the gap q(x) − q* from its definition — independent of cg.ts, gd.ts and the
 * residual-based bookkeeping there.
 */

/** A symmetric matrix as a plain product. */
export type Apply = (v: number[]) => number[];

export const diagApply =
  (d: ArrayLike<number>): Apply =>
  (v) =>
    v.map((x, i) => d[i] * x);

export function denseApply(A: ArrayLike<number>, n: number): Apply {
  return (v) =>
    Array.from({ length: n }, (_, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) s += A[i * n + j] * v[j];
      return s;
    });
}

const dotp = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

/** q(x) = ½xᵀAx + gᵀx from its definition (one product). */
export const qOf = (A: Apply, g: number[], x: number[]) => 0.5 * dotp(x, A(x)) + dotp(g, x);

/**
 * Textbook PCG ([NW] Alg. 5.3) for Ax = −g from x = 0 with M = diag(m) (all ones: plain CG).
 * Returns the MVPs after which (q − q*)/(−q*) ≤ tol first holds, −1 if not within maxIters.
 */
export function refPcgCount(
  A: Apply,
  g: number[],
  qStar: number,
  tol: number,
  maxIters: number,
  m?: ArrayLike<number>,
): number {
  const n = g.length;
  const x = new Array<number>(n).fill(0);
  let r = g.slice();
  let z = r.map((v, i) => v / (m ? m[i] : 1));
  let p = z.map((v) => -v);
  let rz = dotp(r, z);
  const gap = () => (qOf(A, g, x) - qStar) / -qStar;
  if (gap() <= tol) return 0;
  for (let k = 1; k <= maxIters; k++) {
    const Ap = A(p);
    const alpha = rz / dotp(p, Ap);
    for (let i = 0; i < n; i++) x[i] += alpha * p[i];
    r = r.map((v, i) => v + alpha * Ap[i]);
    if (gap() <= tol) return k;
    z = r.map((v, i) => v / (m ? m[i] : 1));
    const rzNew = dotp(r, z);
    p = z.map((v, i) => -v + (rzNew / rz) * p[i]);
    rz = rzNew;
  }
  return -1;
}

/** GD with step α on diag(λ) from 0, counted the same way (the error decays per component). */
export function refGdCount(lambda: ArrayLike<number>, alpha: number, tol: number, max: number) {
  // In the eigenbasis x_i* = −g_i/λ_i and e_i ← (1 − αλ_i) e_i; with equal weights g_i² = 1/n,
  // the relative gap is Σ λ_i e_i² / Σ λ_i e_0i² = Σ (1 − αλ_i)^{2k}/λ_i / Σ 1/λ_i.
  const inv = Array.from(lambda, (l) => 1 / l);
  const total = inv.reduce((a, b) => a + b, 0);
  const f = Array.from(lambda, (l) => (1 - alpha * l) ** 2);
  const w = inv.slice();
  for (let k = 1; k <= max; k++) {
    let s = 0;
    for (let i = 0; i < w.length; i++) s += w[i] *= f[i];
    if (s / total <= tol) return k;
  }
  return -1;
}

/** The minimum of ½xᵀdiag(λ)x + gᵀx with g_i² = 1/n: −½ Σ 1/(nλ_i). */
export const diagQStar = (lambda: ArrayLike<number>) =>
  -0.5 * Array.from(lambda).reduce((s, l) => s + 1 / (lambda.length * l), 0);

/** CG's MVPs to tol on diag(λ) with equal weights (the counts do not depend on Q or the signs). */
export function refCgCountOnSpectrum(lambda: ArrayLike<number>, tol: number, max: number) {
  const n = lambda.length;
  const g = new Array<number>(n).fill(1 / Math.sqrt(n));
  return refPcgCount(diagApply(lambda), g, diagQStar(lambda), tol, max);
}

/** Least-squares slope of log y on log x, written out. */
export function refSlope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const m = lx.length;
  const mx = lx.reduce((a, b) => a + b, 0) / m;
  const my = ly.reduce((a, b) => a + b, 0) / m;
  const num = lx.reduce((s, x, i) => s + (x - mx) * (ly[i] - my), 0);
  const den = lx.reduce((s, x) => s + (x - mx) ** 2, 0);
  return num / den;
}
