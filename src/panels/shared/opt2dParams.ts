/** URL parameters shared by the 2-D optimization panels (Newton, Damping). Public: keep stable. */
import { DEFAULT_CUSTOM_F } from '../../core/expr/levels';
import { getObjective } from '../../core/objectives';
import { METHOD_IDS, PROBLEM_IDS, type MethodId, type ProblemId } from '../../core/types';
import { METHOD_STYLE } from '../../components/palette';
import { DAMPING } from '../../params/damping';
import { defineParams, type ParamsOf } from '../../params/spec';

export { DEFAULT_CUSTOM_F };

/** A built-in problem or a user-typed f(x, y) (URL `problem=custom&f=…`). */
export type ProblemChoice = ProblemId | 'custom';
export const PROBLEM_CHOICES: readonly ProblemChoice[] = [...PROBLEM_IDS, 'custom'];
export const CUSTOM_START: readonly [number, number] = [0.3, 1.2];

/** What the problem picker shows for each choice. */
export function problemLabel(p: ProblemChoice): string {
  if (p === 'quadratic') return 'Ill-conditioned quadratic';
  if (p === 'custom') return 'Type your own f(x, y)…';
  return getObjective(p).label;
}

/** The start point a problem opens with (a typed one: a point off its default's saddle). */
export function defaultStart(problem: ProblemChoice, kappa: number): readonly [number, number] {
  return problem === 'custom' ? CUSTOM_START : getObjective(problem, { kappa }).start;
}

/** The URL keys of a typed objective, shared by every panel that accepts one (public). */
export const CUSTOM_PARAMS = defineParams({
  f: {
    kind: 'text',
    label: 'f(x, y)',
    maxLength: 400,
    default: DEFAULT_CUSTOM_F,
    help: 'The typed objective when `problem=custom` (mathjs syntax: + − * / ^, exp, log, sin, …).',
  },
  range: {
    kind: 'box',
    label: 'View box',
    limit: 1e4,
    default: null,
    help: 'The plotted box of a typed objective; empty = fitted around the start point and the minimum found from it.',
  },
});

/** The condition number of the built-in quadratic (declared once for every 2-D panel). */
export const KAPPA = {
  kind: 'number',
  label: 'Condition number κ',
  symbol: 'κ',
  min: 1,
  max: 1000,
  scale: 'log',
  help: 'Ratio of the largest to the smallest eigenvalue of the quadratic’s Hessian.',
} as const;

/** The learning rate of the 2-D panels (range and scale; each panel says what it steps). */
export const LEARNING_RATE = {
  kind: 'number',
  label: 'GD learning rate α',
  symbol: 'α',
  min: 1e-5,
  max: 10,
  scale: 'log',
} as const;

/** The damping slider of the 2-D panels (declared with the parameter machinery it serves). */
export { DAMPING };

/** The iteration count of the 2-D panels. */
/** The analysed iterate k (at most the steps' maximum); each panel says what it analyses. */
export const ITERATE_K = {
  kind: 'number',
  label: 'Analysed iterate k',
  min: 0,
  max: 500,
  integer: true,
  default: 0,
} as const;

/** Column n of a 2 × 2 matrix parameter `name`, each coordinate within ±limit; `help` gets ₁ or ₂. */
export const matrixColumn = (
  name: string,
  n: 1 | 2,
  def: readonly [number, number],
  limit: number,
  help: (sub: '₁' | '₂') => string,
) =>
  ({
    kind: 'vec2',
    label: `${n === 1 ? 'First' : 'Second'} column of ${name}`,
    min: -limit,
    max: limit,
    default: def,
    help: help(n === 1 ? '₁' : '₂'),
  }) as const;

export const STEPS = { kind: 'number', label: 'Steps', min: 1, max: 500, integer: true } as const;

/** The problem picker, with a panel's default problem. */
export function problemParam<D extends ProblemChoice>(def: D) {
  return {
    kind: 'enum',
    label: 'Problem',
    values: PROBLEM_CHOICES,
    default: def as ProblemChoice,
    help: 'The objective J(w): a built-in problem or `custom` (a typed f).',
  } as const;
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

const METHOD_LABELS = Object.fromEntries(
  METHOD_IDS.map((m) => [m, METHOD_STYLE[m].label]),
) as Record<MethodId, string>;

export function opt2dParams(d: {
  problem: ProblemId;
  x0: readonly [number, number];
  eta: number;
  steps: number;
  show: readonly MethodId[];
  focus: MethodId;
}) {
  return defineParams({
    problem: problemParam(d.problem),
    ...CUSTOM_PARAMS,
    kappa: { ...KAPPA, default: 10 },
    x0: {
      kind: 'vec2',
      label: 'Start point',
      min: -50,
      max: 50,
      default: d.x0,
      help: 'The first iterate w⁽⁰⁾ (drag it in the plot). Defaults to the problem’s own start.',
    },
    lr: {
      ...LEARNING_RATE,
      default: DEFAULT_LR[d.problem],
      help: 'Step size of gradient descent; the default depends on the problem.',
    },
    eta: { ...DAMPING, default: d.eta, help: 'Damping of damped Newton: Δw = −(H + ηI)⁻¹∇J.' },
    steps: {
      ...STEPS,
      default: d.steps,
      help: 'How many iterations every method runs (fewer when it converges or diverges).',
    },
    k: {
      ...ITERATE_K,
      help: 'Which iterate the Taylor model, the eigenvalue view and the readout analyse.',
    },
    show: {
      kind: 'list',
      label: 'Methods shown',
      values: METHOD_IDS,
      default: d.show,
      labels: METHOD_LABELS,
      help: 'Which trajectories are drawn.',
    },
    focus: {
      kind: 'enum',
      label: 'Analyse the iterates of',
      values: METHOD_IDS,
      default: d.focus,
      labels: METHOD_LABELS,
      help: 'The method whose iterate k is analysed.',
    },
  });
}

export type Opt2dDecls = ReturnType<typeof opt2dParams>;
export type Opt2dParams = ParamsOf<Opt2dDecls>;
