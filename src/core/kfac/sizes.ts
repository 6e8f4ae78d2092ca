/**
 * How many numbers each curvature representation needs (lecture, K-FAC slides: "3 layers of
 * 1000 × 1000: full G 9 trillion, block-diagonal 3 trillion, K-FAC 6 million").
 */
export interface RepresentationSizes {
  /** Parameters per layer, n_{ℓ−1} n_ℓ (plus n_ℓ biases if counted). */
  readonly layerParams: readonly number[];
  readonly params: number;
  /** P² entries of the full G. */
  readonly full: number;
  /** Σ_ℓ P_ℓ² entries of its diagonal blocks. */
  readonly blockDiagonal: number;
  /** Σ_ℓ (dim A_{ℓ−1})² + (dim S_ℓ)² entries of the Kronecker factors. */
  readonly kfac: number;
}

export const FLOAT32_BYTES = 4;

/**
 * Sizes for layer widths [n_0, …, n_L]. The slide counts weights only; with `bias` the
 * homogeneous coordinate is included (dim A_{ℓ−1} = n_{ℓ−1} + 1).
 */
export function representationSizes(widths: readonly number[], bias = false): RepresentationSizes {
  if (widths.length < 2) throw new RangeError('representationSizes: need at least two widths');
  if (widths.some((w) => !Number.isInteger(w) || w < 1)) {
    throw new RangeError('representationSizes: widths must be positive integers');
  }
  const extra = bias ? 1 : 0;
  const layerParams: number[] = [];
  let kfac = 0;
  for (let l = 1; l < widths.length; l++) {
    const fanIn = widths[l - 1] + extra;
    layerParams.push(fanIn * widths[l]);
    kfac += fanIn * fanIn + widths[l] * widths[l];
  }
  const params = layerParams.reduce((x, y) => x + y, 0);
  return {
    layerParams,
    params,
    full: params * params,
    blockDiagonal: layerParams.reduce((x, p) => x + p * p, 0),
    kfac,
  };
}
