/**
 * Independent checks of predict mode's claims (core/claims/claim.ts): each recomputes what its
 * sentence states from the run itself — the iterates, the prediction, the run's ending — without
 * the functions that wrote the sentence. Used by the property tests.
 */
import type { Verifier } from '../claims/claim';
import type { Answer, RunEnding } from './predict';
import type { Vec2 } from '../types';

/** What a prediction was made on: the run as drawn, the step's start k, and what was predicted. */
export interface PredictState {
  iterates: Float64Array;
  k: number;
  guess?: Vec2;
  answer?: Answer;
  run?: RunEnding;
}

/** The numbers written in a sentence, in order ("0.42", "1.5e+3", "−2"). */
const numbersIn = (text: string) =>
  (text.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g) ?? []).map(Number);

const close = (a: number, b: number, rel: number) =>
  Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) || a === b;

const offBy: Verifier<PredictState> = (c, s) => {
  if (!s.guess) return 'no prediction in the state';
  const i = 2 * (s.k + 1);
  if (i + 1 >= s.iterates.length) return `the run has no iterate ${s.k + 1}`;
  const [tx, ty] = [s.iterates[i], s.iterates[i + 1]];
  const [fx, fy] = [s.iterates[i - 2], s.iterates[i - 1]];
  // ‖ŵ − w⁽ᵏ⁺¹⁾‖ and ‖w⁽ᵏ⁺¹⁾ − w⁽ᵏ⁾‖ by the sum of squares, not Math.hypot.
  const d = Math.sqrt((s.guess[0] - tx) ** 2 + (s.guess[1] - ty) ** 2);
  const len = Math.sqrt((tx - fx) ** 2 + (ty - fy) ** 2);
  if (!close(c.data.distance as number, d, 1e-12))
    return `distance is ${d}, not ${c.data.distance}`;
  const [said, saidSteps] = numbersIn(c.text);
  if (!close(said, d, 0.05)) return `the sentence says ${said}, the distance is ${d}`;
  if (len === 0) return /zero length/.test(c.text) ? null : 'the step has zero length';
  return close(saidSteps, d / len, 0.05)
    ? null
    : `the sentence says ${saidSteps} step lengths, it is ${d / len}`;
};

const converge: Verifier<PredictState> = (c, s) => {
  if (!s.answer || !s.run) return 'no answer or run in the state';
  const { status, steps, divergedAt } = s.run;
  if (!c.text.startsWith(`You said ${s.answer}.`)) return `the answer was ${s.answer}`;
  if (status === 'max-steps') {
    return /Still open/.test(c.text) && c.text.includes(`in ${steps} steps`)
      ? null
      : `the run stopped after ${steps} steps undecided`;
  }
  const converged = status === 'converged';
  const right = (s.answer === 'yes') === converged;
  if (right !== /Right:/.test(c.text)) return `the answer was ${right ? 'right' : 'wrong'}`;
  const fate = converged ? `converged in ${steps} step` : `diverged at step ${divergedAt ?? steps}`;
  return c.text.includes(fate) ? null : `the run ${fate}`;
};

export const PREDICT_VERIFIERS: Readonly<Record<string, Verifier<PredictState>>> = {
  'predict-off-by': offBy,
  'predict-converge': converge,
};
