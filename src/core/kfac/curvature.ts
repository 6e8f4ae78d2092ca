/**
 * The second view's computation: for a small MLP at its seeded initialization, the exact
 * Gauss-Newton matrix G, its block-diagonal part, and K-FAC's A ⊗ S per block, with the error
 * of each of the slides' two approximations; plus one layer's solve and damping comparison
 * (computeCurvature), and apart from it the estimate of S from sampled passes (computeSampled).
 */
import { frobenius, mat, relativeError, type Mat } from '../linalg';
import {
  createLayout,
  createRng,
  createWorkspace,
  forward,
  gaussNewtonMatrix,
  initParams,
  type Activation,
  type MlpLayout,
} from '../nn';
import { exactFactors } from './factors';
import { kron } from './kron';
import { dampingDemo, type DampingDemo } from './dampingDemo';
import { sampledS, type SampledS } from './sampledS';

import { SAMPLED_S_DEFAULT } from './choices';
export { SAMPLED_S_DEFAULT };

import { MAX_CURVATURE_PARAMS, type CurvatureLoss } from './choices';
export {
  CURVATURE_ACTIVATIONS,
  CURVATURE_LOSSES,
  MAX_CURVATURE_PARAMS,
  type CurvatureLoss,
} from './choices';

export interface CurvatureRequest {
  /** Layer widths [n_0, …, n_L]. */
  readonly sizes: readonly number[];
  /** Hidden-layer nonlinearity; the last layer is always linear (Fisher = GN). */
  readonly activation: Activation;
  readonly loss: CurvatureLoss;
  readonly batch: number;
  readonly seed: number;
  /** Damping γ of the solve demonstration. */
  readonly gamma: number;
  /** 1-based layer of the solve demonstration. */
  readonly layer: number;
  /** m: sampled backward passes for the estimate Ŝ of S (default SAMPLED_S_DEFAULT). */
  readonly samples?: number;
}

export interface BlockResult {
  readonly index: number;
  readonly offset: number;
  readonly size: number;
  readonly fanIn: number;
  readonly fanOut: number;
  readonly A: Mat;
  readonly S: Mat;
  /** ‖G_ℓℓ − A ⊗ S‖_F / ‖G_ℓℓ‖_F. */
  readonly relError: number;
}

export interface CurvatureResult {
  /** The request this result was computed for (captions must describe this, not newer input). */
  readonly request: CurvatureRequest;
  readonly paramCount: number;
  /** P × P row-major: exact G, its block-diagonal part, and the K-FAC approximation. */
  readonly G: Float64Array;
  readonly blockDiagonal: Float64Array;
  readonly kfac: Float64Array;
  readonly blocks: readonly BlockResult[];
  /** Step 1 ("layers independent"): ‖G − blockdiag G‖_F / ‖G‖_F. */
  readonly blockError: number;
  /** Step 2 alone, over all blocks: ‖blockdiag G − K-FAC‖_F / ‖blockdiag G‖_F. */
  readonly factorError: number;
  /** Both steps: ‖G − K-FAC‖_F / ‖G‖_F. */
  readonly totalError: number;
  readonly damping: DampingDemo;
}

export interface SampledResult {
  /** The request this result was computed for. */
  readonly request: CurvatureRequest;
  /** Per layer: its index and the approximation error ‖A ⊗ S − G_ℓℓ‖_F / ‖G_ℓℓ‖_F. */
  readonly layers: readonly { readonly index: number; readonly approximation: number }[];
  /** S estimated from m sampled backward passes, its error and that of A ⊗ Ŝ, per layer. */
  readonly sampled: SampledS;
}

export function validateSizes(sizes: readonly number[], loss: CurvatureLoss): string | null {
  if (sizes.length < 2 || sizes.length > 5) return 'Give 2 to 5 layer widths, e.g. 3,4,2.';
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) {
    return 'Each width must be a whole number from 1 to 12.';
  }
  let P = 0;
  for (let l = 1; l < sizes.length; l++) P += (sizes[l - 1] + 1) * sizes[l];
  if (P > MAX_CURVATURE_PARAMS) {
    return `This network has ${P} parameters; the exact G is drawn for at most ${MAX_CURVATURE_PARAMS}.`;
  }
  if (loss === 'softmax-ce' && sizes[sizes.length - 1] < 2) {
    return 'A softmax output needs at least 2 units.';
  }
  return null;
}

export function layoutFor(req: CurvatureRequest): MlpLayout {
  const L = req.sizes.length - 1;
  const activations: Activation[] = Array.from({ length: L }, (_, l) =>
    l === L - 1 ? 'linear' : req.activation,
  );
  return createLayout({ sizes: req.sizes, activations, output: req.loss });
}

/** The network at its seeded initialization, the exact G and the exact factors per layer. */
function exactCurvature(req: CurvatureRequest) {
  const problem = validateSizes(req.sizes, req.loss);
  if (problem) throw new RangeError(problem);
  if (!(req.gamma > 0) || !Number.isFinite(req.gamma)) throw new RangeError('γ must be positive');
  const layout = layoutFor(req);
  const P = layout.paramCount;
  const rng = createRng(req.seed);
  // Non-zero biases so the homogeneous coordinate of ā is not the only thing A sees.
  const params = initParams(layout, rng, { biasStd: 0.5 });
  const inputs = Float64Array.from({ length: req.batch * layout.inputDim }, () => rng.normal());
  const ws = createWorkspace(layout, req.batch);
  forward(ws, params, inputs);
  const G = gaussNewtonMatrix(ws, params);
  symmetrizeFlat(G, P);
  const factors = exactFactors(ws, params);
  const blockDiagonal = new Float64Array(P * P);
  const kfac = new Float64Array(P * P);
  const exactBlocks: Float64Array[] = [];
  const blocks = layout.layers.map((layer, l): BlockResult => {
    const { A, S } = factors[l];
    const K = kron(A, S);
    const exact = mat(layer.size, layer.size);
    for (let i = 0; i < layer.size; i++) {
      for (let j = 0; j < layer.size; j++) {
        const at = (layer.offset + i) * P + layer.offset + j;
        exact.data[i * layer.size + j] = G[at];
        blockDiagonal[at] = G[at];
        kfac[at] = K.data[i * layer.size + j];
      }
    }
    exactBlocks.push(exact.data);
    return {
      index: layer.index,
      offset: layer.offset,
      size: layer.size,
      fanIn: layer.fanIn,
      fanOut: layer.fanOut,
      A,
      S,
      relError: relativeError(K.data, exact.data),
    };
  });
  return { layout, params, ws, P, G, factors, blockDiagonal, kfac, exactBlocks, blocks };
}

/** Exact G, its block-diagonal part, K-FAC's A ⊗ S and the solve demonstration (no sampling). */
export function computeCurvature(req: CurvatureRequest): CurvatureResult {
  const { P, G, factors, blockDiagonal, kfac, blocks } = exactCurvature(req);
  const layerIndex = Math.min(Math.max(1, Math.round(req.layer)), blocks.length) - 1;
  return {
    request: req,
    paramCount: P,
    G,
    blockDiagonal,
    kfac,
    blocks,
    blockError: offBlockNorm(G, blockDiagonal) / frobenius(G),
    factorError: relativeError(kfac, blockDiagonal),
    totalError: relativeError(kfac, G),
    damping: dampingDemo(factors[layerIndex], req.gamma, req.seed, layerIndex + 1),
  };
}

/**
 * S estimated from sampled backward passes, set against the approximation error of each layer:
 * its own job, as its SAMPLED_S_MAX passes cost ten times the rest (the panel shows the exact
 * part in the frame of a change and this when it arrives). Self-contained, so its caption never
 * mixes two states.
 */
export function computeSampled(req: CurvatureRequest): SampledResult {
  const { layout, params, ws, factors, exactBlocks, blocks } = exactCurvature(req);
  return {
    request: req,
    layers: blocks.map((b) => ({ index: b.index, approximation: b.relError })),
    sampled: sampledS(
      ws,
      params,
      layout,
      factors.map((f, l) => ({ ...f, block: exactBlocks[l] })),
      req.samples ?? SAMPLED_S_DEFAULT,
      req.seed,
    ),
  };
}

function offBlockNorm(G: Float64Array, blockDiagonal: Float64Array): number {
  let acc = 0;
  for (let i = 0; i < G.length; i++) acc += (G[i] - blockDiagonal[i]) ** 2;
  return Math.sqrt(acc);
}

function symmetrizeFlat(G: Float64Array, P: number): void {
  for (let i = 0; i < P; i++) {
    for (let j = i + 1; j < P; j++) {
      const s = 0.5 * (G[i * P + j] + G[j * P + i]);
      G[i * P + j] = s;
      G[j * P + i] = s;
    }
  }
}
