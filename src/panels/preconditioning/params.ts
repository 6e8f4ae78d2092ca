/**
 * URL parameters of the Preconditioning panel (public: keep names and meanings stable). React-free
 * so the catalog and URL handling can use it.
 */
import {
  precondObjective,
  ANGLE_DEFAULT,
  ANGLE_MAX,
  ANGLE_MIN,
} from '../../core/precond/angledQuadratic';
import { columns, fromColumns } from '../../core/linalg/mat2';
import { PRESET_IDS, presetAt, type PresetId } from '../../core/precond/presets';
import type { Mat2, ProblemId } from '../../core/types';
import type { ParamSpec, Params } from '../../state/urlSchema';
import {
  CUSTOM_SPECS,
  defaultStart,
  PROBLEM_CHOICES,
  type ProblemChoice,
} from '../shared/opt2dParams';

export const PRECOND_PANEL = 'preconditioning';
export const PRESET_CHOICES = ['custom', ...PRESET_IDS] as const;
export type PresetChoice = (typeof PRESET_CHOICES)[number];

export interface PrecondParams extends Params {
  problem: ProblemChoice;
  /** The typed objective when problem = custom. */
  f: string;
  /** View box of a typed objective; null = fitted around the start point. */
  range: readonly [number, number, number, number] | null;
  kappa: number;
  angle: number;
  x0: readonly [number, number];
  lr: number;
  steps: number;
  k: number;
  preset: PresetChoice;
  eta: number;
  curv: 'start' | 'iterate';
  r1: readonly [number, number];
  r2: readonly [number, number];
  b: readonly [number, number];
  show: readonly 'gd'[];
}

export const R_LIMIT = 1e9;

export const PRECOND_SCHEMA: ParamSpec[] = [
  {
    key: 'problem',
    label: 'Problem',
    kind: 'enum',
    values: PROBLEM_CHOICES,
    default: 'quadratic',
  },
  ...CUSTOM_SPECS,
  { key: 'kappa', label: 'Condition number κ', kind: 'number', min: 1, max: 1000, default: 50 },
  {
    key: 'angle',
    label: 'Rotation of the quadratic (degrees)',
    kind: 'number',
    min: ANGLE_MIN,
    max: ANGLE_MAX,
    default: ANGLE_DEFAULT,
  },
  { key: 'x0', label: 'Start point', kind: 'vec2', min: -50, max: 50, default: [-2, 1.5] },
  { key: 'lr', label: 'Learning rate', kind: 'number', min: 1e-5, max: 10, default: 0.5 },
  { key: 'steps', label: 'Steps', kind: 'number', integer: true, min: 1, max: 500, default: 60 },
  {
    key: 'k',
    label: 'Analysed iterate k',
    kind: 'number',
    integer: true,
    min: 0,
    max: 500,
    default: 0,
  },
  { key: 'preset', label: 'Preconditioner', kind: 'enum', values: PRESET_CHOICES, default: 'sqrt' },
  {
    key: 'eta',
    label: 'Damping η of the damped preset',
    kind: 'number',
    min: 1e-4,
    max: 1e3,
    allowZero: true,
    default: 1,
  },
  {
    key: 'curv',
    label: 'Curvature used by the preset',
    kind: 'enum',
    values: ['start', 'iterate'],
    default: 'start',
  },
  {
    key: 'r1',
    label: 'First column of R',
    kind: 'vec2',
    min: -R_LIMIT,
    max: R_LIMIT,
    default: [1, 0],
  },
  {
    key: 'r2',
    label: 'Second column of R',
    kind: 'vec2',
    min: -R_LIMIT,
    max: R_LIMIT,
    default: [0, 1],
  },
  { key: 'b', label: 'Offset b', kind: 'vec2', min: -50, max: 50, default: [0, 0] },
  { key: 'show', label: 'Comparison runs', kind: 'list', values: ['gd'], default: [] },
];

export function matrixR(p: Pick<PrecondParams, 'r1' | 'r2'>): Mat2 {
  return fromColumns(p.r1, p.r2);
}

/** A built-in problem as this panel poses it (the quadratic with its rotation). */
export function objectiveOf(p: Pick<PrecondParams, 'kappa' | 'angle'>, problem: ProblemId) {
  return precondObjective(problem, { kappa: p.kappa, angle: p.angle });
}

/**
 * R's columns from a preset at the start point (identity where the curvature is unusable). A
 * typed objective's Hessian lives in the worker: it builds R there, and the panel copies it into
 * the URL when the answer arrives (usePresetR).
 */
export function presetColumns(
  p: Pick<PrecondParams, 'problem' | 'kappa' | 'angle' | 'x0' | 'eta'>,
  preset: PresetId,
): Partial<Pick<PrecondParams, 'r1' | 'r2'>> {
  if (p.problem === 'custom') return {};
  const R = presetAt(objectiveOf(p, p.problem), p.x0, preset, p.eta).R ?? [1, 0, 0, 1];
  const [r1, r2] = columns(R);
  return { r1, r2 };
}

/**
 * Fills what depends on other parameters: the problem's start point when none was given, and
 * R from the preset (a named preset always determines R; r1, r2 are read only for `custom`).
 */
export function resolvePrecond(params: Params, given: ReadonlySet<string>): Params {
  const out = { ...params } as PrecondParams;
  if (!given.has('x0')) out.x0 = defaultStart(out.problem, out.kappa);
  if (out.preset === 'custom') {
    if (out.curv !== 'start') out.curv = 'start';
    return out;
  }
  return { ...out, ...presetColumns(out, out.preset) };
}

/**
 * A patch from a control, completed: while a named preset is active, anything that changes the
 * curvature it is built from (problem, κ, angle, start point, η) recomputes R; choosing `custom`
 * (dragging or typing R) switches following the iterate off.
 */
export function completePatch(
  p: PrecondParams,
  patch: Partial<PrecondParams>,
): Partial<PrecondParams> {
  const next = { ...p, ...patch };
  if (next.preset === 'custom') return next.curv === 'start' ? patch : { ...patch, curv: 'start' };
  const touches = ['problem', 'kappa', 'angle', 'x0', 'eta', 'preset', 'f'].some((k) => k in patch);
  return touches ? { ...patch, ...presetColumns(next, next.preset) } : patch;
}
