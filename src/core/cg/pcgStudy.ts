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
import type { Memo } from '../memo';
import { denseCg, relGap } from './denseRun';
import { SWEEP_TOL, type ScalingRequest } from './scaling';
import { denseMatVec, makeSpdProblem } from './spd';

/** The scaling view's model, and the spread s of D: D's entries span [1, s] (1 = D = I). */
export interface PcgRequest extends ScalingRequest {
  dScale: number;
}

/** d_i = s^{i/(n−1)}: the diagonal of D, log-evenly spread over [1, s]. */
export function scalingDiagonal(n: number, s: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? 1 : Math.pow(s, i / (n - 1))));
}

export interface PcgStudy {
  n: number;
  kappa: number;
  /** s: the entries of D span [1, s]. */
  dScale: number;
  tol: number;
  /** Relative gaps after each MVP: CG on A itself, CG on DAD and Jacobi PCG on DAD. */
  cgGapA: Float64Array;
  cgGap: Float64Array;
  pcgGap: Float64Array;
  /** max/min of diag(A): how far Jacobi's M is from a multiple of I when D = I. */
  diagSpread: number;
}

/**
 * CG and Jacobi PCG on DAD for a dense A (row-major n×n) with linear term g and minimum q*, and
 * CG on A itself for reference. Plain CG on DAD may need far more than n MVPs: it gets 2n, enough
 * to show whether it gets there at all.
 */
export function pcgOnScaled(A: Float64Array, g: Float64Array, qStar: number, dScale: number) {
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
  const gap = (q: Float64Array) => relGap(q, qStar, q.length);
  return {
    cgGapA: gap(denseCg(denseMatVec(A, n), g, qStar).q),
    cgGap: gap(denseCg(mv, gD, qStar, undefined, 2 * n).q),
    pcgGap: gap(denseCg(mv, gD, qStar, jacobi).q),
    diagSpread: Math.max(...diagA) / Math.min(...diagA),
  };
}

/**
 * The PCG study of the scaling view's model: its own job, so a change of s does not redo the
 * κ sweep, and a κ drag updates the cost charts first. `memo` keeps Q.
 */
export function computePcgStudy(r: PcgRequest, memo: Memo): PcgStudy {
  const p = makeSpdProblem({ ...r, dense: true }, memo);
  return {
    n: r.n,
    kappa: r.kappa,
    dScale: r.dScale,
    tol: SWEEP_TOL,
    ...pcgOnScaled(p.A!, p.g, p.qStar, r.dScale),
  };
}
