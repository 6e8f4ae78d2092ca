/**
 * Comparisons of a training run's methods at named iterations and at equal compute time: the
 * predicates the training caption's claims are built from. Losses are read at recorded steps
 * only (every method records the full training loss at the same steps), so a ratio always
 * compares the methods at the same iteration.
 */
import { STEP_METHODS, type KfacMethod, type KfacTrainState, type TrainCurve } from './train';

/** The full training loss recorded at exactly `step`, or null when that step was not recorded. */
export function lossAtStep(curve: TrainCurve, step: number): number | null {
  for (let i = 0; i < curve.steps.length; i++) if (curve.steps[i] === step) return curve.loss[i];
  return null;
}

/** The last recorded loss at or before compute time t (ms). */
export function lossAtTime(curve: TrainCurve, t: number): number {
  let l = curve.loss[0];
  for (let i = 0; i < curve.timeMs.length && curve.timeMs[i] <= t; i++) l = curve.loss[i];
  return l;
}

/** The steps (after 0) recorded by every per-step method so far, ascending. */
export function commonSteps(s: KfacTrainState): number[] {
  const [first, ...rest] = STEP_METHODS.map((m) => Array.from(s[m].curve.steps));
  return first.filter((k) => k > 0 && rest.every((steps) => steps.includes(k)));
}

/**
 * The iterations the caption names: an early one (the recorded step nearest a tenth of the run)
 * and the latest one every method has reached, each once.
 */
export function namedIterations(s: KfacTrainState): number[] {
  const steps = commonSteps(s);
  if (steps.length === 0) return [];
  const last = steps[steps.length - 1];
  const target = s.config.iters / 10;
  const early = steps.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  return early < last ? [early, last] : [last];
}

export interface Comparison {
  /** Where the two are compared: an iteration, or a compute time in ms. */
  readonly at: number;
  /** The lowest loss there and its method, and the runner-up. */
  readonly best: KfacMethod;
  readonly bestLoss: number;
  readonly second: KfacMethod;
  readonly secondLoss: number;
  /** secondLoss / bestLoss ≥ 1. */
  readonly ratio: number;
}

function rank(at: number, losses: [KfacMethod, number][]): Comparison | null {
  const ok = losses.filter(([, l]) => Number.isFinite(l)).sort((a, b) => a[1] - b[1]);
  if (ok.length < 2) return null;
  const [[best, bestLoss], [second, secondLoss]] = ok;
  return { at, best, bestLoss, second, secondLoss, ratio: secondLoss / bestLoss };
}

/**
 * K-FAC against the best of the other per-step methods at an iteration: whichever is lower is
 * `best`. Null when the step was not recorded by all of them.
 */
export function kfacVersusBestOther(s: KfacTrainState, iteration: number): Comparison | null {
  const losses = STEP_METHODS.map((m) => [m, lossAtStep(s[m].curve, iteration)] as const);
  if (losses.some(([, l]) => l === null)) return null;
  const kfac = losses.find(([m]) => m === 'kfac')!;
  const others = rank(
    iteration,
    losses.filter(([m]) => m !== 'kfac').map(([m, l]) => [m, l!]),
  );
  if (!others) return null;
  return rank(iteration, [
    [kfac[0], kfac[1]!],
    [others.best, others.bestLoss],
  ]);
}

/** The methods shown in the run: the per-step ones, and HF when it trains alongside. */
export const runMethods = (s: KfacTrainState): readonly KfacMethod[] =>
  s.config.hf ? [...STEP_METHODS, 'hf'] : STEP_METHODS;

/**
 * All methods at the same compute time: the time of the method that has used the least so far,
 * so each is compared at a point it has actually reached.
 */
export function equalTimeComparison(s: KfacTrainState): Comparison | null {
  const methods = runMethods(s);
  const t = Math.min(...methods.map((m) => s[m].timeMs));
  return rank(
    t,
    methods.map((m) => [m, lossAtTime(s[m].curve, t)]),
  );
}
