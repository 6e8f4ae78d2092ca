/** URL parameters of the `hessian-free` panel. Names and ids are public (links, embeds): keep stable. */
import { MODEL_PROBLEMS, SPECTRA, type ModelProblem, type Spectrum } from '../../core/cg';
import { HF_PRESETS, type HfPreset } from '../../core/hf';
import type { ParamSpec, Params } from '../../params/codec';
import { CUSTOM_SPECS } from '../shared/opt2dParams';

/** The 2-D view's objectives: the built-ins with a known C, or a typed f (C = its Hessian). */
export const HF_PROBLEMS = [...MODEL_PROBLEMS, 'custom'] as const;
export type HfProblem = (typeof HF_PROBLEMS)[number];

export const HF_VIEWS = ['model', 'train'] as const;
export type HfView = (typeof HF_VIEWS)[number];

export interface HfParams extends Params {
  view: HfView;
  problem: ModelProblem | 'custom';
  /** The typed objective when problem = custom. */
  f: string;
  kappa: number;
  w: readonly [number, number];
  damp: number;
  steps: number;
  n: number;
  skappa: number;
  spectrum: Spectrum;
  groups: number;
  seed: number;
  arch: HfPreset;
  batch: number;
  cgmax: number;
  lambda0: number;
  adapt: 'on' | 'off';
  sgdlr: number;
  adamlr: number;
  budget: number;
}

const num = (
  key: string,
  label: string,
  min: number,
  max: number,
  def: number,
  extra: { integer?: boolean; allowZero?: boolean } = {},
): ParamSpec => ({ key, label, kind: 'number', min, max, default: def, ...extra });

export const HF_SCHEMA: ParamSpec[] = [
  { key: 'view', label: 'View', kind: 'enum', values: HF_VIEWS, default: 'model' },
  {
    key: 'problem',
    label: 'Objective',
    kind: 'enum',
    values: HF_PROBLEMS,
    default: 'quadratic',
  },
  // The model view fits its own box around w and the model's minimizer: no `range` here.
  CUSTOM_SPECS.find((s) => s.key === 'f')!,
  num('kappa', 'Condition number κ (2-D quadratic)', 1, 1000, 10),
  { key: 'w', label: 'Point w', kind: 'vec2', min: -5, max: 5, default: [2, 0.3] },
  num('damp', 'Damping λ of the model', 1e-4, 1e3, 0, { allowZero: true }),
  num('steps', 'GD steps', 1, 100, 20, { integer: true }),
  num('n', 'Dimension n', 10, 300, 200, { integer: true }),
  num('skappa', 'Condition number κ (n-dim)', 1, 10000, 1000),
  { key: 'spectrum', label: 'Eigenvalues', kind: 'enum', values: SPECTRA, default: 'uniform' },
  num('groups', 'Clusters / distinct eigenvalues', 2, 20, 5, { integer: true }),
  num('seed', 'Seed', 1, 100, 1, { integer: true }),
  { key: 'arch', label: 'Network', kind: 'enum', values: HF_PRESETS, default: 'curves-ae' },
  num('batch', 'Batch size (curvature; SGD/Adam minibatch)', 8, 256, 64, { integer: true }),
  num('cgmax', 'CG cap', 5, 250, 50, { integer: true }),
  num('lambda0', 'Initial damping λ₀', 1e-4, 1e3, 1),
  { key: 'adapt', label: 'Adapt λ', kind: 'enum', values: ['on', 'off'], default: 'on' },
  num('sgdlr', 'SGD learning rate', 1e-4, 10, 0.5),
  num('adamlr', 'Adam learning rate', 1e-5, 1, 0.01),
  num('budget', 'Compute budget per method (s)', 1, 60, 5, { integer: true }),
];
