/** URL parameters of the `kfac` panel. Names and ids are public (links, embeds): keep them stable. */
import {
  CURVATURE_ACTIVATIONS,
  CURVATURE_LOSSES,
  MAX_CURVATURE_PARAMS,
  SAMPLED_S_DEFAULT,
  SAMPLED_S_MAX,
  STRUCTURES,
} from '../../core/kfac/choices';
import { defineParams, type ParamsOf } from '../../params/spec';
import { ENTRY_LIMIT, MATRIX_MAX_DIM } from './matrixLimits';
import { KFAC_TRAIN_PARAMS } from './trainParams';

/** The widths of the curvature view's network: at most this many units per layer. */
export const SIZES_WIDTH_MAX = 12;
/** The calculator's widths: large, since nothing is allocated, only counted. */
export const CALC_WIDTH_MAX = 1e6;

const MATRIX_FORM = `rows separated by \`_\`, entries by \`,\` (at most ${MATRIX_MAX_DIM}×${MATRIX_MAX_DIM}, entries within ±${ENTRY_LIMIT})`;

export const KFAC_PARAMS = defineParams({
  view: {
    kind: 'enum',
    label: 'View',
    values: ['kron', 'curvature', 'train'],
    default: 'kron',
    labels: {
      kron: '1 · Kronecker products',
      curvature: '2 · Factored curvature of an MLP',
      train: '3 · Training with K-FAC',
    },
    help: 'The tab: `kron` (Kronecker products), `curvature` (factored curvature of a small MLP) or `train` (training with K-FAC).',
  },
  A: {
    kind: 'text',
    label: 'Matrix A',
    maxLength: 120,
    default: '2,1_1,3',
    help: `The square factor A of A ⊗ B: ${MATRIX_FORM}.`,
  },
  B: {
    kind: 'text',
    label: 'Matrix B',
    maxLength: 120,
    default: '1,0.5,0_0.5,2,-0.4_0,-0.4,1.5',
    help: 'The square factor B of A ⊗ B, written as A.',
  },
  X: {
    kind: 'text',
    label: 'Matrix X',
    maxLength: 120,
    default: '1,0,-1_2,1,0',
    help: 'X of the identity vec(AXB) = (Bᵀ ⊗ A) vec X, written as A and resized to m×n if needed.',
  },
  C: {
    kind: 'text',
    label: 'Matrix C',
    maxLength: 120,
    default: '0,1_-1,0.5',
    help: 'C of the mixed product (A ⊗ B)(C ⊗ D) = AC ⊗ BD, written as A and resized to the size of A if needed.',
  },
  D: {
    kind: 'text',
    label: 'Matrix D',
    maxLength: 120,
    default: '1,0,2_0,1,0_-1,0,1',
    help: 'D of the mixed product, written as A and resized to the size of B if needed.',
  },
  u: {
    kind: 'text',
    label: 'Vector u',
    maxLength: 60,
    default: '1,-2',
    help: `u of the identity vec(u vᵀ) = v ⊗ u: 1 to ${MATRIX_MAX_DIM} entries separated by \`,\` (within ±${ENTRY_LIMIT}).`,
  },
  v: {
    kind: 'text',
    label: 'Vector v',
    maxLength: 60,
    default: '3,0.5,-1',
    help: 'v of the identity vec(u vᵀ) = v ⊗ u, written as u.',
  },
  structure: {
    kind: 'enum',
    label: 'Structure kept by ⊗',
    values: STRUCTURES,
    default: 'symmetric',
    labels: {
      symmetric: 'symmetric',
      orthogonal: 'orthogonal',
      diagonal: 'diagonal',
      posdef: 'positive definite',
    },
    help: 'The property whose preservation is checked: A and B symmetric / orthogonal / diagonal / positive definite ⇒ so is A ⊗ B.',
  },
  sizes: {
    kind: 'text',
    label: 'Layer widths n₀, …, n_L',
    maxLength: 40,
    default: '3,4,3',
    help: `Widths of the curvature view’s network: 2–5 widths of 1–${SIZES_WIDTH_MAX} units, at most ${MAX_CURVATURE_PARAMS} parameters.`,
  },
  act: {
    kind: 'enum',
    label: 'Hidden activation',
    values: CURVATURE_ACTIVATIONS,
    default: 'tanh',
    help: 'The activation of every hidden layer (the last layer is linear).',
  },
  loss: {
    kind: 'enum',
    label: 'Output and loss (last layer linear)',
    values: CURVATURE_LOSSES,
    default: 'squared-error',
    labels: {
      'squared-error': 'squared error (Gaussian)',
      'softmax-ce': 'softmax cross-entropy',
    },
    help: 'The loss on the network’s linear output: squared error (a Gaussian likelihood) or softmax cross-entropy.',
  },
  batch: {
    kind: 'number',
    label: 'Examples N',
    symbol: 'N',
    min: 1,
    max: 64,
    integer: true,
    default: 16,
    help: 'Number N of seeded N(0, 1) inputs that G, A and S average over; with N = 1 every block is exactly A ⊗ S.',
  },
  seed: {
    kind: 'number',
    label: 'Seed',
    min: 1,
    max: 9999,
    integer: true,
    default: 1,
    help: 'Seed of the weights and inputs (curvature view) and of the data, initial weights and minibatches (training).',
  },
  gamma: {
    kind: 'number',
    label: 'Damping γ',
    symbol: 'γ',
    min: 1e-4,
    max: 100,
    scale: 'log',
    default: 0.1,
    help: 'Damping γ of the solve: factored Tikhonov Â = A + π√γ I, Ŝ = S + (√γ/π) I, compared with the exact (A ⊗ S + γI)⁻¹.',
  },
  layer: {
    kind: 'number',
    label: 'Layer ℓ of the solve',
    symbol: 'ℓ',
    min: 1,
    max: 4,
    integer: true,
    default: 1,
    help: 'The layer whose block (A ⊗ S)⁻¹ vec V the solve computes (clamped to the network’s depth).',
  },
  m: {
    kind: 'number',
    label: 'Sampled backward passes m (for Ŝ)',
    symbol: 'm',
    min: 1,
    max: SAMPLED_S_MAX,
    integer: true,
    scale: 'log',
    default: SAMPLED_S_DEFAULT,
    help: 'Ŝ_ℓ = (1/(mN)) Σ Ds Dsᵀ over m backward passes of targets sampled from the model (one per example and pass), compared with the exact S_ℓ and with the error of A ⊗ S.',
  },
  widths: {
    kind: 'text',
    label: 'Layer widths n₀, n₁, …, n_L',
    maxLength: 80,
    default: '1000,1000,1000,1000',
    help: `Widths for the size calculator (at least 2, each 1 … ${CALC_WIDTH_MAX}): entries and float32 bytes of G, its block diagonal and K-FAC.`,
  },
  ...KFAC_TRAIN_PARAMS,
});

export type KfacParams = ParamsOf<typeof KFAC_PARAMS>;
