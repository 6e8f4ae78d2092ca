/** Cutting runs for predict mode: the plots draw the first n iterates only (views, no copies). */

/** The first n iterates of a flat [x₀, y₀, x₁, …] list (all of them when n is larger). */
export function firstIterates(flat: Float64Array, n: number): Float64Array {
  return Number.isFinite(n) && 2 * n < flat.length ? flat.subarray(0, 2 * n) : flat;
}

/** A run's iterates and losses cut to the first n (its status and step count stay as computed). */
export function cutIterates<R extends { iterates: Float64Array; loss: Float64Array }>(
  run: R,
  n: number,
): Pick<R, 'iterates' | 'loss'> {
  return {
    iterates: firstIterates(run.iterates, n),
    loss: Number.isFinite(n) && n < run.loss.length ? run.loss.subarray(0, n) : run.loss,
  };
}
