/**
 * The four dense-layer loops every derivative routine is built from, for a batch stored row-major
 * (example n, unit i at [n · width + i]) and W̄_ℓ stored column-major inside a flat vector
 * (see mlp.ts).
 *
 * Loop order is chosen so the innermost loop walks contiguous memory in both operands: with
 * column-major W̄ a column W̄(:, j) is contiguous, which matches "add ā_j times column j" in the
 * forward pass and "dot column j with Ds" in the backward pass. These loops are the whole cost of
 * a gradient, so they allocate nothing and take the flat vector plus an offset rather than a
 * subarray view.
 */
import type { LayerLayout } from './mlp';

/** out = W̄ ā for each example: out[n, i] = b_i + Σ_j W(i, j) inp[n, j]. */
export function affine(
  flat: Float64Array,
  layer: LayerLayout,
  inp: Float64Array,
  out: Float64Array,
  batch: number,
): void {
  const { fanIn, fanOut, offset } = layer;
  const biasOff = offset + fanIn * fanOut;
  for (let n = 0; n < batch; n++) {
    for (let i = 0; i < fanOut; i++) out[n * fanOut + i] = flat[biasOff + i];
  }
  // The same sums in the same order as bias + W inp in one pass: bit-identical.
  addLinear(flat, layer, inp, out, batch);
}

/** out += W inp (no bias): the W_ℓ Ra_{ℓ−1} term of the forward R-op. */
export function addLinear(
  flat: Float64Array,
  layer: LayerLayout,
  inp: Float64Array,
  out: Float64Array,
  batch: number,
): void {
  const { fanIn, fanOut, offset } = layer;
  for (let n = 0; n < batch; n++) {
    const o = n * fanOut;
    const x = n * fanIn;
    for (let j = 0; j < fanIn; j++) {
      const aj = inp[x + j];
      if (aj === 0) continue; // ReLU nets are sparse; skipping a zero column is exact.
      const col = offset + j * fanOut;
      for (let i = 0; i < fanOut; i++) out[o + i] += flat[col + i] * aj;
    }
  }
}

/**
 * out[n, j] (+)= Σ_i W(i, j) d[n, i] for j < n_{ℓ−1}: Da_{ℓ−1} = W_ℓᵀ Ds_ℓ. The bias column is
 * skipped because the homogeneous 1 in ā has no upstream.
 */
export function transposeMul(
  flat: Float64Array,
  layer: LayerLayout,
  d: Float64Array,
  out: Float64Array,
  batch: number,
  accumulate: boolean,
): void {
  const { fanIn, fanOut, offset } = layer;
  for (let n = 0; n < batch; n++) {
    const o = n * fanIn;
    const x = n * fanOut;
    for (let j = 0; j < fanIn; j++) {
      const col = offset + j * fanOut;
      let acc = 0;
      for (let i = 0; i < fanOut; i++) acc += flat[col + i] * d[x + i];
      out[o + j] = accumulate ? out[o + j] + acc : acc;
    }
  }
}

/**
 * grad[vec(W̄)] += scale · Σ_n d_n [inp_n; bias]ᵀ — the weight gradient vec(Ds āᵀ) = ā ⊗ Ds summed
 * over the batch. `bias` is the last entry of the augmented input: 1 for ā, 0 for R(ā) = [Ra; 0].
 */
export function accumulateOuter(
  grad: Float64Array,
  layer: LayerLayout,
  d: Float64Array,
  inp: Float64Array,
  batch: number,
  scale: number,
  bias: 0 | 1,
): void {
  const { fanIn, fanOut, offset } = layer;
  const biasOff = offset + fanIn * fanOut;
  for (let n = 0; n < batch; n++) {
    const x = n * fanOut;
    const a = n * fanIn;
    for (let j = 0; j < fanIn; j++) {
      const aj = scale * inp[a + j];
      if (aj === 0) continue;
      const col = offset + j * fanOut;
      for (let i = 0; i < fanOut; i++) grad[col + i] += d[x + i] * aj;
    }
    if (bias === 1) for (let i = 0; i < fanOut; i++) grad[biasOff + i] += scale * d[x + i];
  }
}

/**
 * Row `row` of a matrix with `stride` columns receives this layer's part of one example's
 * gradient, vec(d_n ā_nᵀ). Used for per-example gradients, pseudo-gradients and Jacobian rows.
 */
export function writeOuterRow(
  out: Float64Array,
  row: number,
  stride: number,
  layer: LayerLayout,
  d: Float64Array,
  inp: Float64Array,
  n: number,
): void {
  const { fanIn, fanOut, offset } = layer;
  const base = row * stride + offset;
  const x = n * fanOut;
  const a = n * fanIn;
  for (let j = 0; j < fanIn; j++) {
    const aj = inp[a + j];
    const col = base + j * fanOut;
    for (let i = 0; i < fanOut; i++) out[col + i] = d[x + i] * aj;
  }
  const biasCol = base + fanIn * fanOut;
  for (let i = 0; i < fanOut; i++) out[biasCol + i] = d[x + i];
}
