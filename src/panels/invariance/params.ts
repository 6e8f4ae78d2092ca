/**
 * URL parameters of the Invariance panel (public: keep names and meanings stable). React-free so
 * the catalog and URL handling can use it.
 */
import { INV_METHODS } from './methods';
import { columns, fromColumns } from '../../core/linalg/mat2';
import type { Mat2 } from '../../core/types';
import { defineParams, type AnyParams, type ParamsOf } from '../../params/spec';
import {
  CUSTOM_PARAMS,
  DEFAULT_LR,
  defaultStart,
  DAMPING,
  KAPPA,
  LEARNING_RATE,
  matrixColumn,
  problemParam,
  STEPS,
} from '../shared/opt2dParams';
import { PREDICT_PARAMS } from '../shared/predict/params';
import { INV_STYLE } from './style';

export const INV_PANEL = 'invariance' as const;

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

const M_LIMIT = 100;

const M_HELP = (s: string) =>
  `Column m${s} of M in θ = Mφ + c: where φ’s unit vector e${s} lands in θ.`;

export const INV_PARAMS = defineParams({
  problem: problemParam('rosenbrock'),
  ...CUSTOM_PARAMS,
  kappa: { ...KAPPA, default: 10 },
  x0: {
    kind: 'vec2',
    label: 'Start point θ⁽⁰⁾',
    min: -50,
    max: 50,
    default: [-1.2, 1],
    help: 'The first iterate in θ (φ starts at M⁻¹(θ⁽⁰⁾ − c)); defaults to the problem’s own start.',
  },
  lr: {
    ...LEARNING_RATE,
    default: DEFAULT_LR.rosenbrock,
    help: 'Step size of gradient descent, the same in θ and in φ; the default depends on the problem.',
  },
  eta: {
    ...DAMPING,
    label: 'Damping η of the curvature methods',
    default: 0,
    help: 'Damping of the curvature methods, Δ = −(C + ηI)⁻¹∇J with C = H, G or F; only η = 0 is affine invariant.',
  },
  steps: {
    ...STEPS,
    default: 50,
    help: 'How many iterations every method runs, in θ and in φ.',
  },
  m1: matrixColumn('M', 1, [1.6, -0.3], M_LIMIT, M_HELP),
  m2: matrixColumn('M', 2, [0.5, 0.7], M_LIMIT, M_HELP),
  c: {
    kind: 'vec2',
    label: 'Offset c',
    min: -50,
    max: 50,
    default: [0, 0],
    help: 'The offset c of θ = Mφ + c.',
  },
  show: {
    kind: 'list',
    label: 'Methods',
    values: INV_METHODS,
    default: INV_METHODS,
    labels: Object.fromEntries(INV_METHODS.map((m) => [m, INV_STYLE[m].label])),
    help: 'Which methods run in both coordinate systems (GN and NGD only where the problem has G or F).',
  },
  ...PREDICT_PARAMS,
});
export type InvParams = ParamsOf<typeof INV_PARAMS>;

export function matrixM(p: Pick<InvParams, 'm1' | 'm2'>): Mat2 {
  return fromColumns(p.m1, p.m2);
}

export function columnsPatch(M: Mat2): Pick<InvParams, 'm1' | 'm2'> {
  const [m1, m2] = columns(M);
  return { m1, m2 };
}

/** The problem's start point and GD learning rate, for keys the URL did not give. */
export function resolveInvariance(params: AnyParams, given: ReadonlySet<string>): AnyParams {
  const out = { ...params } as InvParams;
  if (!given.has('x0')) out.x0 = defaultStart(out.problem, out.kappa);
  if (!given.has('lr')) out.lr = DEFAULT_LR[out.problem];
  return out;
}
