/** URL parameters of the `pst` panel. Names and ids are public (links, embeds): keep them stable. */
import { PST_MODELS, PST_OUTPUTS, PST_PAIRS, SAMPLES_MAX, SAMPLES_MIN } from '../../core/pst';
import type { PstModel, PstOutput, PstPair } from '../../core/pst';
import type { ParamSpec, Params } from '../../params/codec';

export interface PstParams extends Params {
  model: PstModel;
  output: PstOutput;
  sigma: number;
  samples: number;
  seed: number;
  eta: number;
  w: readonly [number, number];
  pair: PstPair;
  lr: number;
  steps: number;
}

export const SIGMA_MIN = 0.05;
export const SIGMA_MAX = 5;
export const ETA_MAX = 0.999;
export const LR_MIN = 1e-3;
export const LR_MAX = 3;

export const PST_SCHEMA: ParamSpec[] = [
  { key: 'model', label: 'Model', kind: 'enum', values: PST_MODELS, default: 'linear' },
  { key: 'output', label: 'Output', kind: 'enum', values: PST_OUTPUTS, default: 'gaussian' },
  {
    key: 'sigma',
    label: 'Noise level σ',
    kind: 'number',
    min: SIGMA_MIN,
    max: SIGMA_MAX,
    default: 0.5,
  },
  {
    key: 'samples',
    label: 'Number of samples S',
    kind: 'number',
    integer: true,
    min: SAMPLES_MIN,
    max: SAMPLES_MAX,
    default: 2000,
  },
  { key: 'seed', label: 'Seed', kind: 'number', integer: true, min: 1, max: 9999, default: 1 },
  { key: 'eta', label: 'EMA decay η', kind: 'number', min: 0, max: ETA_MAX, default: 0.95 },
  {
    key: 'w',
    label: 'Weights w (linear model)',
    kind: 'vec2',
    min: -5,
    max: 5,
    default: [0.5, 0.5],
  },
  {
    key: 'pair',
    label: 'Plotted weights (net)',
    kind: 'enum',
    values: PST_PAIRS,
    default: 'output',
  },
  { key: 'lr', label: 'Learning rate α', kind: 'number', min: LR_MIN, max: LR_MAX, default: 1 },
  {
    key: 'steps',
    label: 'GD steps',
    kind: 'number',
    integer: true,
    min: 1,
    max: 200,
    default: 30,
  },
];
