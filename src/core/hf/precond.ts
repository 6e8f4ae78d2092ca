/**
 * Martens' diagonal preconditioner for HF's CG (Martens 2010, §4.7;
 * docs/math.md#hessian-free-optimization):
 *
 *   M = (diag(Σₙ ∇ℓₙ ⊙ ∇ℓₙ)/N + λ)^ξ,   ξ = ¾,
 *
 * from the per-example gradients ∇ℓₙ of the training set. Martens writes the sum for an objective
 * that is itself a sum over cases; the lab's objective is the mean loss, so the empirical-Fisher
 * diagonal is averaged (÷ N) to sit on the same scale as G + λI. The exponent ¾ < 1 softens the
 * diagonal, which Martens found better than the full inverse.
 */
import { perExampleGradients, type Workspace } from '../nn';

export const MARTENS_XI = 0.75;

/**
 * out ← the diagonal of M at params, from the N examples (inputs, targets) run through `ws`
 * (a workspace of batch N). Returns out.
 */
export function martensPreconditioner(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  targets: Float64Array,
  lambda: number,
  out: Float64Array,
): Float64Array {
  const N = ws.batch;
  const P = params.length;
  const rows = new Float64Array(N * P);
  perExampleGradients(ws, params, inputs, targets, rows);
  out.fill(0);
  for (let n = 0; n < N; n++) {
    const row = n * P;
    for (let j = 0; j < P; j++) out[j] += rows[row + j] * rows[row + j];
  }
  for (let j = 0; j < P; j++) out[j] = Math.pow(out[j] / N + lambda, MARTENS_XI);
  return out;
}
