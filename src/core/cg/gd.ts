/**
 * Gradient descent on the quadratic model q(x) = ½xᵀAx + gᵀx, one MVP per step like CG, so the
 * two can be compared per matrix-vector product. The residual r = Ax + g is updated as
 * r ← r − α·A r, so the MVP of the step direction is the only one needed.
 */
import type { MatVec } from './cg';

export type GdStep =
  /** α = 2/(λ_min + λ_max): the best fixed step, contraction (κ−1)/(κ+1) per step. */
  | { kind: 'fixed'; alpha: number }
  /** α_k = rᵀr / rᵀAr: the exact line search along −r (steepest descent). */
  | { kind: 'exact' };

export interface GdResult {
  x: Float64Array;
  iterations: number;
  mvps: number;
  q: Float64Array;
  iterates?: Float64Array[];
  stop: 'target' | 'max-iters' | 'non-finite' | 'negative-curvature';
}

/** The best fixed GD step for a quadratic with eigenvalues in [λmin, λmax]. */
export const bestFixedStep = (lmin: number, lmax: number) => 2 / (lmin + lmax);

export function gdOnModel(
  A: MatVec,
  g: Float64Array,
  step: GdStep,
  o: { maxIters: number; qTarget?: number; recordIterates?: boolean },
): GdResult {
  const n = g.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(g);
  const Ar = new Float64Array(n);
  const qOf = () => {
    let s = 0;
    for (let j = 0; j < n; j++) s += x[j] * (r[j] + g[j]);
    return 0.5 * s;
  };
  const qs = [0];
  const iterates = o.recordIterates ? [Float64Array.from(x)] : undefined;
  let stop: GdResult['stop'] = 'max-iters';
  let i = 0;
  let mvps = 0;
  if (o.qTarget !== undefined && 0 <= o.qTarget) stop = 'target';
  else {
    while (i < o.maxIters) {
      A(r, Ar);
      mvps++;
      let alpha: number;
      if (step.kind === 'fixed') alpha = step.alpha;
      else {
        let rr = 0;
        let rAr = 0;
        for (let j = 0; j < n; j++) {
          rr += r[j] * r[j];
          rAr += r[j] * Ar[j];
        }
        if (rr === 0) break;
        if (!(rAr > 0)) {
          stop = Number.isFinite(rAr) ? 'negative-curvature' : 'non-finite';
          break;
        }
        alpha = rr / rAr;
      }
      for (let j = 0; j < n; j++) {
        x[j] -= alpha * r[j];
        r[j] -= alpha * Ar[j];
      }
      i++;
      const q = qOf();
      qs.push(q);
      iterates?.push(Float64Array.from(x));
      if (!Number.isFinite(q)) {
        stop = 'non-finite';
        break;
      }
      if (o.qTarget !== undefined && q <= o.qTarget) {
        stop = 'target';
        break;
      }
    }
  }
  return { x, iterations: i, mvps, q: Float64Array.from(qs), iterates, stop };
}
