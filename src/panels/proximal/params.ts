/** URL parameters of the proximal panel. Names and ids are public (links, embeds): keep stable. */
import {
  FSD_SETS,
  INNER_METHODS,
  type FsdSet,
  type InnerMethod,
  type ProximalRequest,
} from '../../core/proximal';
import type { ParamSpec, Params } from '../../params/codec';

export interface ProximalParams extends Params {
  seed: number;
  center: number;
  bsize: number;
  fsd: FsdSet;
  lfsd: number;
  lwsd: number;
  steps: number;
  lr: number;
  method: InnerMethod;
  seq: number;
}

export const LAMBDA_MIN = 1e-3;
export const LAMBDA_MAX = 1e3;
export const LR_MIN = 1e-4;
export const LR_MAX = 1;
export const STEPS_MAX = 200;
export const SEQ_MAX = 20;
/** Batches used when the sequence mode is switched on. */
export const SEQ_DEFAULT = 8;

export const PROXIMAL_SCHEMA: ParamSpec[] = [
  { key: 'seed', label: 'Data seed', kind: 'number', integer: true, min: 1, max: 999, default: 1 },
  { key: 'center', label: 'Batch centre x', kind: 'number', min: -3.1, max: 3.1, default: 1.8 },
  { key: 'bsize', label: 'Batch size', kind: 'number', integer: true, min: 1, max: 32, default: 8 },
  { key: 'fsd', label: 'FSD measured on', kind: 'enum', values: FSD_SETS, default: 'wide' },
  {
    key: 'lfsd',
    label: 'λ_FSD',
    kind: 'number',
    min: LAMBDA_MIN,
    max: LAMBDA_MAX,
    allowZero: true,
    default: 3,
  },
  {
    key: 'lwsd',
    label: 'λ_WSD',
    kind: 'number',
    min: LAMBDA_MIN,
    max: LAMBDA_MAX,
    allowZero: true,
    default: 3,
  },
  {
    key: 'steps',
    label: 'Inner steps K',
    kind: 'number',
    integer: true,
    min: 1,
    max: STEPS_MAX,
    default: 100,
  },
  {
    key: 'lr',
    label: 'Inner learning rate α',
    kind: 'number',
    min: LR_MIN,
    max: LR_MAX,
    default: 0.02,
  },
  { key: 'method', label: 'Inner optimizer', kind: 'enum', values: INNER_METHODS, default: 'gd' },
  {
    key: 'seq',
    label: 'Sequence batches',
    kind: 'number',
    integer: true,
    min: 0,
    max: SEQ_MAX,
    default: 0,
  },
];

/** The worker job's input for these parameters (the sequence job adds `seq` and drops `center`). */
export function toRequest(p: ProximalParams): ProximalRequest {
  return {
    seed: p.seed,
    batchCenter: p.center,
    batchSize: p.bsize,
    fsdOn: p.fsd,
    lambdaFsd: p.lfsd,
    lambdaWsd: p.lwsd,
    steps: p.steps,
    lr: p.lr,
    method: p.method,
  };
}
