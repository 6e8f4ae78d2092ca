/**
 * URL parameters of the Preconditioning panel (public: keep names and meanings stable). React-free
 * so the catalog and URL handling can use it.
 */
import {
  ANGLE_DEFAULT,
  ANGLE_MAX,
  ANGLE_MIN,
  precondObjective,
} from '../../core/precond/angledQuadratic';
import { columns, fromColumns } from '../../core/linalg/mat2';
import { PRESET_IDS } from '../../core/precond/presets';
import type { Mat2, ProblemId } from '../../core/types';
import type { AnyParams, ParamsOf } from '../../params/spec';
import { defineParams } from '../../params/spec';
import {
  CUSTOM_PARAMS,
  DAMPING,
  defaultStart,
  KAPPA,
  LEARNING_RATE,
  problemParam,
  ITERATE_K,
  matrixColumn,
  STEPS,
} from '../shared/opt2dParams';
import { PREDICT_PARAMS } from '../shared/predict/params';

export const PRECOND_PANEL = 'preconditioning' as const;
export const PRESET_CHOICES = ['custom', ...PRESET_IDS] as const;
export type PresetChoice = (typeof PRESET_CHOICES)[number];

export const PRESET_LABEL: Record<PresetChoice, string> = {
  identity: 'Identity (plain GD)',
  jacobi: 'Diagonal (Jacobi): diag(H)^−½',
  cholesky: 'Cholesky factor of H⁻¹',
  sqrt: 'Square root H^−½ = QD^−½Qᵀ',
  damped: 'Damped: (H + ηI)^−½',
  custom: 'Custom (drag or type R)',
};

const R_LIMIT = 1e9;
const R_HELP = (s: string) =>
  `Column r${s} of R, read only with \`preset=custom\` (a named preset builds R from the curvature, so links leave R out).`;

export const PRECOND_PARAMS = defineParams({
  problem: problemParam('quadratic'),
  ...CUSTOM_PARAMS,
  kappa: { ...KAPPA, default: 50 },
  angle: {
    kind: 'number',
    label: 'Rotation of its eigenvectors',
    min: ANGLE_MIN,
    max: ANGLE_MAX,
    step: 1,
    unit: '°',
    default: ANGLE_DEFAULT,
    help: 'Rotation of the quadratic’s eigenvectors: 0° is axis-aligned (where a diagonal R suffices).',
  },
  x0: {
    kind: 'vec2',
    label: 'Start point',
    min: -50,
    max: 50,
    default: [-2, 1.5],
    help: 'The first iterate w⁽⁰⁾ (drag it in the left plot); defaults to the problem’s own start.',
  },
  lr: {
    ...LEARNING_RATE,
    label: 'Learning rate α (in w̃ and in w)',
    default: 0.5,
    help: 'Step size α of GD in w̃, i.e. of w ← w − αRRᵀ∇J.',
  },
  steps: {
    ...STEPS,
    default: 60,
    help: 'How many GD steps are run in w̃ (and directly in w).',
  },
  k: { ...ITERATE_K, help: 'Which iterate H̃ = RᵀHR and the step are analysed at.' },
  preset: {
    kind: 'enum',
    label: 'Preconditioner',
    values: PRESET_CHOICES,
    default: 'sqrt',
    labels: PRESET_LABEL,
    help: 'How R is built from the curvature (H, or |H| where H is not positive definite), or `custom` for the r1, r2 given.',
  },
  eta: {
    ...DAMPING,
    default: 1,
    help: 'Damping of the damped preset R = (H + ηI)^−½.',
  },
  curv: {
    kind: 'enum',
    label: 'Curvature used by the preset',
    values: ['start', 'iterate'],
    default: 'start',
    help: '`start`: R is built once at w⁽⁰⁾; `iterate`: R follows the curvature at each iterate (Newton’s method for H^−½).',
  },
  r1: matrixColumn('R', 1, [1, 0], R_LIMIT, R_HELP),
  r2: matrixColumn('R', 2, [0, 1], R_LIMIT, R_HELP),
  b: {
    kind: 'vec2',
    label: 'Offset b',
    min: -50,
    max: 50,
    default: [0, 0],
    help: 'The offset b of w = Rw̃ + b (it moves the w̃ origin, not the iterates).',
  },
  show: {
    kind: 'list',
    label: 'Comparison runs',
    values: ['gd'],
    default: [],
    labels: { gd: 'Also run plain GD (R = I) with the same α' },
    help: '`gd` also runs plain gradient descent (R = I) with the same α.',
  },
  ...PREDICT_PARAMS,
});
export type PrecondParams = ParamsOf<typeof PRECOND_PARAMS>;

/** The R the user set by hand (used only with `preset=custom`). */
export function matrixR(p: Pick<PrecondParams, 'r1' | 'r2'>): Mat2 {
  return fromColumns(p.r1, p.r2);
}

/** The R the panel shows: the hand-set one, or the preset's as the worker built it. */
export function shownR(p: Pick<PrecondParams, 'preset' | 'r1' | 'r2'>, fixedR?: Mat2): Mat2 {
  return p.preset === 'custom' || !fixedR ? matrixR(p) : fixedR;
}

/** Both columns after one was dragged: the other keeps the R in use (a preset's, if one was on). */
export function dragColumn(R: Mat2, i: 0 | 1, c: readonly [number, number]) {
  const [r1, r2] = columns(R);
  return { preset: 'custom', r1: i === 0 ? c : r1, r2: i === 1 ? c : r2 } as const;
}

/** A built-in problem as this panel poses it (the quadratic with its rotation). */
export function objectiveOf(p: Pick<PrecondParams, 'kappa' | 'angle'>, problem: ProblemId) {
  return precondObjective(problem, { kappa: p.kappa, angle: p.angle });
}

/** The problem's start point when the URL gave none; following the iterate needs a named preset. */
export function resolvePrecond(params: AnyParams, given: ReadonlySet<string>): AnyParams {
  const out = { ...params } as PrecondParams;
  if (!given.has('x0')) out.x0 = defaultStart(out.problem, out.kappa);
  if (out.preset === 'custom' && out.curv !== 'start') out.curv = 'start';
  return out;
}

/** R is an input only when set by hand: a named preset derives it in the worker. */
export function derivedPrecond(params: AnyParams): readonly string[] {
  return params.preset === 'custom' ? [] : ['r1', 'r2'];
}

/** A patch from a control, completed: choosing `custom` (dragging or typing R) stops following. */
export function completePatch(
  p: PrecondParams,
  patch: Partial<PrecondParams>,
): Partial<PrecondParams> {
  const next = { ...p, ...patch };
  return next.preset === 'custom' && next.curv !== 'start' ? { ...patch, curv: 'start' } : patch;
}
