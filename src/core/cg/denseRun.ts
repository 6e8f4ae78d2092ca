/** Runs on the scaling view's dense models, and the relative gap they are plotted as. */
import { conjugateGradient, type CgResult, type MatVec } from './cg';

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
  maxIters = 3 * g.length,
): CgResult {
  return conjugateGradient(A, g, {
    maxIters,
    residualTol: 1e-13,
    qTarget: qStar * (1 - 1e-15),
    ...(preconditioner ? { preconditioner } : {}),
  });
}
