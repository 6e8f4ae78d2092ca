/** URL parameters shared by the 2-D optimization panels (Newton, Damping). Public: keep stable. */
import { getObjective } from '../../core/objectives';
import { METHOD_IDS, PROBLEM_IDS, type MethodId, type ProblemId } from '../../core/types';
import type { ParamSpec, Params } from '../../state/urlSchema';

/** A built-in problem or a user-typed f(x, y) (URL `problem=custom&f=…`). */
export type ProblemChoice = ProblemId | 'custom';
export const PROBLEM_CHOICES: readonly ProblemChoice[] = [...PROBLEM_IDS, 'custom'];
import { DEFAULT_CUSTOM_F } from '../../core/expr/levels';
export { DEFAULT_CUSTOM_F };
export const CUSTOM_START: readonly [number, number] = [0.3, 1.2];

/** The start point a problem opens with (a typed one: a point off its default's saddle). */
export function defaultStart(problem: ProblemChoice, kappa: number): readonly [number, number] {
  return problem === 'custom' ? CUSTOM_START : getObjective(problem, { kappa }).start;
}

/** The URL keys of a typed objective, shared by every panel that accepts one (public). */
export const CUSTOM_SPECS: ParamSpec[] = [
  { key: 'f', label: 'f(x, y)', kind: 'text', maxLength: 400, default: DEFAULT_CUSTOM_F },
  { key: 'range', label: 'View box', kind: 'box', limit: 1e4, default: null },
];

export interface Opt2dParams extends Params {
  problem: ProblemChoice;
  /** The typed objective when problem = custom. */
  f: string;
  /** View box of a custom objective; null = fitted automatically. */
  range: readonly [number, number, number, number] | null;
  kappa: number;
  x0: readonly [number, number];
  lr: number;
  eta: number;
  steps: number;
  k: number;
  show: readonly MethodId[];
  focus: MethodId;
}

/** A learning rate that is stable and visibly slow-ish for each problem (below 2/ν_max). */
export const DEFAULT_LR: Record<ProblemChoice, number> = {
  quadratic: 0.15,
  rosenbrock: 0.001,
  logistic: 1,
  saddle: 0.2,
  himmelblau: 0.01,
  custom: 0.05,
};

export const ETA_MIN = 1e-4;
export const ETA_MAX = 1e3;

export function opt2dSchema(defaults: {
  problem: ProblemId;
  x0: readonly [number, number];
  eta: number;
  steps: number;
  show: readonly MethodId[];
  focus: MethodId;
}): ParamSpec[] {
  return [
    {
      key: 'problem',
      label: 'Problem',
      kind: 'enum',
      values: PROBLEM_CHOICES,
      default: defaults.problem,
    },
    ...CUSTOM_SPECS,
    { key: 'kappa', label: 'Condition number κ', kind: 'number', min: 1, max: 1000, default: 10 },
    { key: 'x0', label: 'Start point', kind: 'vec2', min: -50, max: 50, default: defaults.x0 },
    {
      key: 'lr',
      label: 'Learning rate',
      kind: 'number',
      min: 1e-5,
      max: 10,
      default: DEFAULT_LR[defaults.problem],
    },
    {
      key: 'eta',
      label: 'Damping η',
      kind: 'number',
      min: ETA_MIN,
      max: ETA_MAX,
      allowZero: true,
      default: defaults.eta,
    },
    {
      key: 'steps',
      label: 'Steps',
      kind: 'number',
      integer: true,
      min: 1,
      max: 500,
      default: defaults.steps,
    },
    {
      key: 'k',
      label: 'Analysed iterate k',
      kind: 'number',
      integer: true,
      min: 0,
      max: 500,
      default: 0,
    },
    { key: 'show', label: 'Methods', kind: 'list', values: METHOD_IDS, default: defaults.show },
    {
      key: 'focus',
      label: 'Analysed method',
      kind: 'enum',
      values: METHOD_IDS,
      default: defaults.focus,
    },
  ];
}
