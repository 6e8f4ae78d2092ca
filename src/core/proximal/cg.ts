/**
 * Conjugate gradient for A x = b with A symmetric positive SEMI-definite, given only x ↦ A x.
 *
 * Started from x = 0, CG stays in the Krylov space of b, so on a consistent singular system it
 * converges to the minimum-norm solution; on an inconsistent one the residual stalls, and we say
 * so instead of returning a meaningless x.
 */
export interface CgResult {
  readonly x: Float64Array;
  readonly iterations: number;
  /** ‖b − A x‖ / ‖b‖ at the end. */
  readonly relResidual: number;
  /** 'converged'; 'no-curvature' if pᵀAp ≤ 0 along a search direction; 'max-iter'. */
  readonly status: 'converged' | 'no-curvature' | 'max-iter';
}

export function conjugateGradient(
  apply: (v: Float64Array, out: Float64Array) => void,
  b: Float64Array,
  options: { tol?: number; maxIter?: number } = {},
): CgResult {
  const n = b.length;
  const tol = options.tol ?? 1e-10;
  const maxIter = options.maxIter ?? n;
  const x = new Float64Array(n);
  const r = b.slice();
  const p = b.slice();
  const ap = new Float64Array(n);
  let rr = dot(r, r);
  const bNorm = Math.sqrt(rr);
  if (bNorm === 0) return { x, iterations: 0, relResidual: 0, status: 'converged' };
  let it = 0;
  while (it < maxIter) {
    if (Math.sqrt(rr) <= tol * bNorm) break;
    apply(p, ap);
    const pap = dot(p, ap);
    if (!(pap > 0)) {
      return { x, iterations: it, relResidual: Math.sqrt(rr) / bNorm, status: 'no-curvature' };
    }
    const alpha = rr / pap;
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * ap[i];
    }
    const rrNew = dot(r, r);
    const beta = rrNew / rr;
    rr = rrNew;
    for (let i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
    it++;
  }
  const rel = Math.sqrt(rr) / bNorm;
  return { x, iterations: it, relResidual: rel, status: rel <= tol ? 'converged' : 'max-iter' };
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += a[i] * b[i];
  return acc;
}
