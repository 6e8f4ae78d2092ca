/** URL parameters of the `kfac` panel. Names and ids are public (links, embeds): keep them stable. */
import { CURVATURE_ACTIVATIONS, CURVATURE_LOSSES, KFAC_PRESETS } from '../../core/kfac';
import type { CurvatureLoss, KfacPreset } from '../../core/kfac';
import type { Activation } from '../../core/nn';
import type { ParamSpec, Params } from '../../params/codec';

export const KFAC_VIEWS = ['kron', 'curvature', 'train'] as const;
export type KfacView = (typeof KFAC_VIEWS)[number];

export interface KfacParams extends Params {
  view: KfacView;
  A: string;
  B: string;
  X: string;
  sizes: string;
  act: Activation;
  loss: CurvatureLoss;
  batch: number;
  seed: number;
  gamma: number;
  layer: number;
  widths: string;
  preset: KfacPreset;
  klr: number;
  lambda: number;
  ema: number;
  refresh: number;
  tcov: number;
  rescale: 'off' | 'on';
  kmom: number;
  sgdlr: number;
  adamlr: number;
  pstlr: number;
  tbatch: number;
  iters: number;
  hf: 'on' | 'off';
}

export const DEFAULT_A = '2,1_1,3';
export const DEFAULT_B = '1,0.5,0_0.5,2,-0.4_0,-0.4,1.5';
export const DEFAULT_X = '1,0,-1_2,1,0';
export const GAMMA_MIN = 1e-4;
export const GAMMA_MAX = 100;
export const BATCH_MAX = 64;
/** The calculator's widths: large, since nothing is allocated, only counted. */
export const CALC_WIDTH_MAX = 1e6;

export const KFAC_SCHEMA: ParamSpec[] = [
  { key: 'view', label: 'View', kind: 'enum', values: KFAC_VIEWS, default: 'kron' },
  { key: 'A', label: 'Matrix A', kind: 'text', maxLength: 120, default: DEFAULT_A },
  { key: 'B', label: 'Matrix B', kind: 'text', maxLength: 120, default: DEFAULT_B },
  { key: 'X', label: 'Matrix X', kind: 'text', maxLength: 120, default: DEFAULT_X },
  { key: 'sizes', label: 'Layer widths', kind: 'text', maxLength: 40, default: '3,4,3' },
  {
    key: 'act',
    label: 'Hidden activation',
    kind: 'enum',
    values: CURVATURE_ACTIVATIONS,
    default: 'tanh',
  },
  { key: 'loss', label: 'Loss', kind: 'enum', values: CURVATURE_LOSSES, default: 'squared-error' },
  {
    key: 'batch',
    label: 'Examples N',
    kind: 'number',
    integer: true,
    min: 1,
    max: BATCH_MAX,
    default: 16,
  },
  { key: 'seed', label: 'Seed', kind: 'number', integer: true, min: 1, max: 9999, default: 1 },
  {
    key: 'gamma',
    label: 'Damping γ',
    kind: 'number',
    min: GAMMA_MIN,
    max: GAMMA_MAX,
    default: 0.1,
  },
  {
    key: 'layer',
    label: 'Solved layer ℓ',
    kind: 'number',
    integer: true,
    min: 1,
    max: 4,
    default: 1,
  },
  {
    key: 'widths',
    label: 'Calculator widths',
    kind: 'text',
    maxLength: 80,
    default: '1000,1000,1000,1000',
  },
  {
    key: 'preset',
    label: 'Training preset',
    kind: 'enum',
    values: KFAC_PRESETS,
    default: 'autoencoder',
  },
  { key: 'klr', label: 'K-FAC learning rate α', kind: 'number', min: 1e-3, max: 10, default: 1 },
  { key: 'lambda', label: 'K-FAC damping λ', kind: 'number', min: 1e-4, max: 1000, default: 0.3 },
  { key: 'ema', label: 'EMA decay ε', kind: 'number', min: 0, max: 0.999, default: 0.95 },
  {
    key: 'refresh',
    label: 'Inverse refresh period T',
    kind: 'number',
    integer: true,
    min: 1,
    max: 100,
    default: 10,
  },
  {
    key: 'tcov',
    label: 'Statistics period T_cov',
    kind: 'number',
    integer: true,
    min: 1,
    max: 20,
    default: 2,
  },
  {
    key: 'rescale',
    label: 'Quadratic-model rescaling',
    kind: 'enum',
    values: ['off', 'on'],
    default: 'off',
  },
  { key: 'kmom', label: 'K-FAC momentum μ', kind: 'number', min: 0, max: 0.99, default: 0.5 },
  { key: 'sgdlr', label: 'SGD learning rate', kind: 'number', min: 1e-4, max: 3, default: 0.1 },
  { key: 'adamlr', label: 'Adam learning rate', kind: 'number', min: 1e-5, max: 1, default: 0.01 },
  {
    key: 'pstlr',
    label: 'Diagonal PST learning rate',
    kind: 'number',
    min: 1e-4,
    max: 1,
    default: 0.01,
  },
  {
    key: 'tbatch',
    label: 'Batch size',
    kind: 'number',
    integer: true,
    min: 8,
    max: 256,
    default: 128,
  },
  {
    key: 'iters',
    label: 'Iterations per method',
    kind: 'number',
    integer: true,
    min: 20,
    max: 2000,
    default: 300,
  },
  { key: 'hf', label: 'Include Hessian-free', kind: 'enum', values: ['on', 'off'], default: 'on' },
];
