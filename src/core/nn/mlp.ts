/**
 * The multilayer perceptron's specification and its flat parameter layout.
 *
 * Network (lecture notation, K-FAC slides):
 *   ā_{ℓ−1} = [a_{ℓ−1}; 1],   s_ℓ = W̄_ℓ ā_{ℓ−1},   a_ℓ = φ_ℓ(s_ℓ),   ℓ = 1 … L,
 * with a_0 = x the input and z = a_L the network output fed to the loss.
 *
 * Flat parameter vector w (length P = Σ_ℓ n_ℓ (n_{ℓ−1} + 1)):
 *   w = [vec(W̄_1); vec(W̄_2); …; vec(W̄_L)],   W̄_ℓ = [W_ℓ | b_ℓ]  of shape n_ℓ × (n_{ℓ−1} + 1),
 * and vec stacks COLUMNS (column-major), the bias column last. Entry (i, j) of W̄_ℓ lives at
 *   w[offset_ℓ + j · n_ℓ + i].
 * Why column-major: the K-FAC identities then hold literally on slices of w —
 *   vec(Ds āᵀ) = ā ⊗ Ds,   G_ℓℓ ≈ A_{ℓ−1} ⊗ S_ℓ,   (A ⊗ S)⁻¹ vec V = vec(S⁻¹ V A⁻¹) —
 * so a K-FAC step can treat the layer slice as the matrix V without any permutation, and the
 * bias rides along as the last column (the "1 appended last" of ā).
 */
import type { Rng } from './rng';

export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
/** Element-wise nonlinearity φ_ℓ of one layer. */
export type Activation = (typeof ACTIVATIONS)[number];

export const OUTPUT_KINDS = ['squared-error', 'softmax-ce', 'bernoulli'] as const;
/**
 * The per-example loss ℓ(z, t) on the network output z = a_L:
 * - 'squared-error': ‖z − t‖² / (2σ²), the Gaussian NLL with variance σ² (σ² = 1 by default, so
 *   ½‖z − t‖²); output Hessian H_z = I/σ².
 * - 'softmax-ce': −Σ_c t_c log softmax(z)_c with t a probability vector (usually one-hot);
 *   H_z = diag(p) − ppᵀ.
 * - 'bernoulli': Σ_c softplus(z_c) − t_c z_c, independent logistic units on logits z with
 *   t_c ∈ [0, 1]; H_z = diag(σ(z)(1 − σ(z))).
 * All three are exponential-family NLLs in natural parameters z, so the Fisher equals the
 * Gauss-Newton matrix — provided the last layer is 'linear'
 * (docs/math.md#gauss-newton-fisher-and-natural-gradient).
 */
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface MlpSpec {
  /** Layer widths [n_0 (input), n_1, …, n_L (output)]; at least two entries. */
  readonly sizes: readonly number[];
  /** φ_1 … φ_L, one per weight layer (length sizes.length − 1). Use 'linear' for the last. */
  readonly activations: readonly Activation[];
  readonly output: OutputKind;
  /** σ² of the Gaussian for 'squared-error' (default 1); ignored by the other outputs. */
  readonly variance?: number;
}

/** Where one layer's W̄_ℓ sits in the flat vector. */
export interface LayerLayout {
  /** Layer number ℓ, 1-based as in the lecture. */
  readonly index: number;
  /** n_{ℓ−1}: number of inputs, excluding the homogeneous 1. */
  readonly fanIn: number;
  /** n_ℓ: number of rows of W̄_ℓ. */
  readonly fanOut: number;
  /** Offset of W̄_ℓ(0, 0) in the flat vector. */
  readonly offset: number;
  /** n_ℓ (n_{ℓ−1} + 1). */
  readonly size: number;
  readonly activation: Activation;
}

/** A validated spec together with its parameter layout. */
export interface MlpLayout {
  readonly spec: MlpSpec;
  readonly layers: readonly LayerLayout[];
  /** P, the length of the flat parameter vector. */
  readonly paramCount: number;
  readonly inputDim: number;
  readonly outputDim: number;
  /** σ² for 'squared-error' (1 for the other outputs, where it is unused). */
  readonly variance: number;
}

/** Validate a spec and compute its layout; throws a RangeError that says what is wrong. */
export function createLayout(spec: MlpSpec): MlpLayout {
  const { sizes, activations, output } = spec;
  if (sizes.length < 2) throw new RangeError('MlpSpec.sizes needs at least input and output');
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`MlpSpec.sizes: bad width ${n}`);
  }
  if (activations.length !== sizes.length - 1) {
    throw new RangeError(
      `MlpSpec.activations: expected ${sizes.length - 1} entries, got ${activations.length}`,
    );
  }
  for (const a of activations) {
    if (!ACTIVATIONS.includes(a)) throw new RangeError(`MlpSpec: unknown activation '${a}'`);
  }
  if (!OUTPUT_KINDS.includes(output)) throw new RangeError(`MlpSpec: unknown output '${output}'`);
  const variance = output === 'squared-error' ? (spec.variance ?? 1) : 1;
  if (!(variance > 0) || !Number.isFinite(variance)) {
    throw new RangeError(`MlpSpec.variance must be positive, got ${spec.variance}`);
  }
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1];
    const fanOut = sizes[l];
    const size = fanOut * (fanIn + 1);
    layers.push({ index: l, fanIn, fanOut, offset, size, activation: activations[l - 1] });
    offset += size;
  }
  return {
    spec,
    layers,
    paramCount: offset,
    inputDim: sizes[0],
    outputDim: sizes[sizes.length - 1],
    variance,
  };
}

/** Index in the flat vector of W̄_ℓ(i, j); j = fanIn addresses the bias b_ℓ(i). */
export function weightIndex(layer: LayerLayout, i: number, j: number): number {
  return layer.offset + j * layer.fanOut + i;
}

/**
 * A view (no copy) of vec(W̄_ℓ) inside a flat vector of length P — the parameters, a gradient, a
 * direction v or a K-FAC step alike. Writes through the view change the flat vector.
 */
export function layerSlice(flat: Float64Array, layer: LayerLayout): Float64Array {
  return flat.subarray(layer.offset, layer.offset + layer.size);
}

/** A view of the bias column b_ℓ (the last column of W̄_ℓ). */
export function biasSlice(flat: Float64Array, layer: LayerLayout): Float64Array {
  const start = layer.offset + layer.fanIn * layer.fanOut;
  return flat.subarray(start, start + layer.fanOut);
}

export interface InitOptions {
  /**
   * Weights are N(0, gain²/n_{ℓ−1}) so pre-activations keep unit scale at initialisation.
   * Default gain: √2 for ReLU layers (He), 1 otherwise (LeCun) — tanh and sigmoid are then in
   * their responsive range and the curvature is not dominated by saturation.
   */
  readonly gain?: number;
  /** Standard deviation of the biases (default 0). */
  readonly biasStd?: number;
}

/** A freshly initialised flat parameter vector, drawn from `rng`. */
export function initParams(layout: MlpLayout, rng: Rng, options: InitOptions = {}): Float64Array {
  const w = new Float64Array(layout.paramCount);
  const biasStd = options.biasStd ?? 0;
  for (const layer of layout.layers) {
    const gain = options.gain ?? (layer.activation === 'relu' ? Math.SQRT2 : 1);
    const std = gain / Math.sqrt(layer.fanIn);
    const weightEnd = layer.offset + layer.fanIn * layer.fanOut;
    for (let k = layer.offset; k < weightEnd; k++) w[k] = std * rng.normal();
    for (let k = weightEnd; k < layer.offset + layer.size; k++) w[k] = biasStd * rng.normal();
  }
  return w;
}
