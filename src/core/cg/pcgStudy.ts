/**
 * Preconditioned CG on a badly scaled model. The same quadratic q(x) = ½xᵀAx + gᵀx written in
 * the coordinates y = D⁻¹x, D = diag(d) with d spread log-evenly over [1, s]:
 *
 *   q_D(y) = ½yᵀ(DAD)y + (Dg)ᵀy,   the same minimum q* and the same q(0) = 0,
 *
 * so relative gaps compare directly. CG is not invariant to this change of variables (the
 * condition number of DAD can be up to s²·κ); Jacobi-preconditioned CG with M = diag(DAD) =
 * D·diag(A)·D is: its iterates are D⁻¹ times those of Jacobi PCG on A, whatever D is. Martens'
 * HF uses a diagonal preconditioner inside CG for the same reason (docs/math.md#conjugate-gradient).
 */
import { conjugateGradient, type CgResult, type MatVec } from './cg';
import { denseMatVec } from './spd';

/** Relative model gap (q(x_i) − q*)/(q(0) − q*) after each MVP (q(0) = 0), the last repeated. */
export function relGap(q: Float64Array, qStar: number, len: number): Float64Array {
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const v = q[Math.min(i, q.length - 1)];
    out[i] = Math.max((v - qStar) / -qStar, 0);
  }
  return out;
}

/**
 * CG (or PCG) as the scaling view runs it on a dense n×n matrix, where rounding (loss of
 * orthogonality) really happens: up to 3n MVPs, stopped far below anything plotted.
 */
export function denseCg(
  A: MatVec,
  g: Float64Array,
  qStar: number,
  preconditioner?: Float64Array,
): CgResult {
  return conjugateGradient(A, g, {
    maxIters: 3 * g.length,
    residualTol: 1e-13,
    qTarget: qStar * (1 - 1e-15),
    ...(preconditioner ? { preconditioner } : {}),
  });
}

/** d_i = s^{i/(n−1)}: the diagonal of D, log-evenly spread over [1, s]. */
export function scalingDiagonal(n: number, s: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? 1 : Math.pow(s, i / (n - 1))));
}

export interface PcgStudy {
  /** s: the entries of D span [1, s]. */
  dScale: number;
  /** Relative gaps after each MVP: CG on DAD and Jacobi PCG on DAD. */
  cgGap: Float64Array;
  pcgGap: Float64Array;
  /** max/min of diag(A): how far Jacobi's M is from a multiple of I when D = I. */
  diagSpread: number;
}

/** CG and Jacobi PCG on DAD for the dense A (row-major n×n) of the model, same q*. */
export function pcgStudy(
  A: Float64Array,
  g: Float64Array,
  qStar: number,
  dScale: number,
): PcgStudy {
  const n = g.length;
  const d = scalingDiagonal(n, dScale);
  const AD = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) AD[i * n + j] = d[i] * A[i * n + j] * d[j];
  }
  const gD = Float64Array.from(g, (v, i) => d[i] * v);
  const jacobi = Float64Array.from({ length: n }, (_, i) => AD[i * n + i]);
  const diagA = Array.from({ length: n }, (_, i) => A[i * n + i]);
  const mv = denseMatVec(AD, n);
  const cg = denseCg(mv, gD, qStar);
  const pcg = denseCg(mv, gD, qStar, jacobi);
  return {
    dScale,
    cgGap: relGap(cg.q, qStar, cg.q.length),
    pcgGap: relGap(pcg.q, qStar, pcg.q.length),
    diagSpread: Math.max(...diagA) / Math.min(...diagA),
  };
}
