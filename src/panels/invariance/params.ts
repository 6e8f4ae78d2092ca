/**
 * URL parameters of the Invariance panel (public: keep names and meanings stable). React-free so
 * the catalog and URL handling can use it.
 */
import { INV_METHODS, type InvMethod } from './methods';
import { columns, fromColumns } from '../../core/linalg/mat2';
import type { Mat2 } from '../../core/types';
import type { ParamSpec, Params } from '../../state/urlSchema';
import {
  CUSTOM_SPECS,
  DEFAULT_LR,
  defaultStart,
  PROBLEM_CHOICES,
  type ProblemChoice,
} from '../shared/opt2dParams';

export const INV_PANEL = 'invariance';

export interface InvParams extends Params {
  problem: ProblemChoice;
  /** The typed objective when problem = custom. */
  f: string;
  /** View box of a typed objective; null = fitted around the start point. */
  range: readonly [number, number, number, number] | null;
  kappa: number;
  x0: readonly [number, number];
  lr: number;
  eta: number;
  steps: number;
  m1: readonly [number, number];
  m2: readonly [number, number];
  c: readonly [number, number];
  show: readonly InvMethod[];
}

const rot = (deg: number): Mat2 => {
  const t = (deg * Math.PI) / 180;
  return [Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)];
};

/** Preset maps θ = Mφ + c: each shows one way of reparameterizing. */
export const M_PRESETS: readonly { id: string; label: string; M: Mat2 }[] = [
  { id: 'identity', label: 'Identity', M: [1, 0, 0, 1] },
  { id: 'stretch', label: 'Stretch', M: [2.5, 0, 0, 0.4] },
  { id: 'shear', label: 'Shear', M: [1, 1.2, 0, 1] },
  { id: 'rotate', label: 'Rotate 40°', M: rot(40) },
  { id: 'mixed', label: 'Stretch + shear + rotate', M: [1.6, 0.5, -0.3, 0.7] },
];

export const M_LIMIT = 100;

export const INV_SCHEMA: ParamSpec[] = [
  {
    key: 'problem',
    label: 'Problem',
    kind: 'enum',
    values: PROBLEM_CHOICES,
    default: 'rosenbrock',
  },
  ...CUSTOM_SPECS,
  { key: 'kappa', label: 'Condition number κ', kind: 'number', min: 1, max: 1000, default: 10 },
  { key: 'x0', label: 'Start point θ⁽⁰⁾', kind: 'vec2', min: -50, max: 50, default: [-1.2, 1] },
  {
    key: 'lr',
    label: 'GD learning rate',
    kind: 'number',
    min: 1e-5,
    max: 10,
    default: DEFAULT_LR.rosenbrock,
  },
  {
    key: 'eta',
    label: 'Damping η',
    kind: 'number',
    min: 1e-4,
    max: 1e3,
    allowZero: true,
    default: 0,
  },
  { key: 'steps', label: 'Steps', kind: 'number', integer: true, min: 1, max: 500, default: 50 },
  {
    key: 'm1',
    label: 'First column of M',
    kind: 'vec2',
    min: -M_LIMIT,
    max: M_LIMIT,
    default: [1.6, -0.3],
  },
  {
    key: 'm2',
    label: 'Second column of M',
    kind: 'vec2',
    min: -M_LIMIT,
    max: M_LIMIT,
    default: [0.5, 0.7],
  },
  { key: 'c', label: 'Offset c', kind: 'vec2', min: -50, max: 50, default: [0, 0] },
  { key: 'show', label: 'Methods', kind: 'list', values: INV_METHODS, default: INV_METHODS },
];

export function matrixM(p: Pick<InvParams, 'm1' | 'm2'>): Mat2 {
  return fromColumns(p.m1, p.m2);
}

export function columnsPatch(M: Mat2): Pick<InvParams, 'm1' | 'm2'> {
  const [m1, m2] = columns(M);
  return { m1, m2 };
}

/** The problem's start point and GD learning rate, for keys the URL did not give. */
export function resolveInvariance(params: Params, given: ReadonlySet<string>): Params {
  const out = { ...params } as InvParams;
  if (!given.has('x0')) out.x0 = defaultStart(out.problem, out.kappa);
  if (!given.has('lr')) out.lr = DEFAULT_LR[out.problem];
  return out;
}
