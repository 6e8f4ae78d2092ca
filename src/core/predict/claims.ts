/**
 * The sentences predict mode shows after a reveal, as computed claims (core/claims/claim.ts):
 * "Off by d in w (r step lengths)" and the answer to "Will … converge from here?". Each carries
 * the numbers it states; verify.ts checks them against the run independently.
 */
import { claim, type Claim } from '../claims/claim';
import { answerIsRight, predictionError, type Answer, type RunEnding } from './predict';
import type { Vec2 } from '../types';

export type PredictClaimKind = 'predict-off-by' | 'predict-converge';

/** A number for a sentence: 2 significant digits, scientific form when very large or small. */
export function short(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(2))) : v.toExponential(1);
}

/** A coordinate: 4 significant digits, scientific form when very large or small. */
function coord(v: number): string {
  const a = Math.abs(v);
  if (!Number.isFinite(v) || v === 0 || (a >= 1e-3 && a < 1e5))
    return String(Number(v.toPrecision(4)));
  return v.toExponential(2);
}

/** A point in plain text: `(2.3, 0.5)`, `(1.07e+14, 0)`. */
export const pointText = (w: Vec2) => `(${w.map(coord).join(', ')})`;

/**
 * "Off by 0.42 in w (0.8 step lengths)." — `space` names the coordinates the distance is measured
 * in (w, or θ on the Invariance panel), `k` the iterate the step starts from.
 */
export function offByClaim(
  guess: Vec2,
  step: { k: number; from: Vec2; to: Vec2 },
  space: string,
): Claim<'predict-off-by'> {
  const e = predictionError(guess, step);
  const units =
    e.inSteps === null
      ? 'the step has zero length'
      : `${short(e.inSteps)} step length${short(e.inSteps) === '1' ? '' : 's'}`;
  const text = `Off by ${short(e.distance)} in ${space} (${units}): you predicted ${pointText(guess)}, the iterate is ${pointText(step.to)}.`;
  return claim('predict-off-by', text, {
    k: step.k,
    guess: [...guess],
    truth: [...step.to],
    from: [...step.from],
    distance: e.distance,
    stepLength: e.stepLength,
    inSteps: e.inSteps ?? -1,
  });
}

function ending(run: RunEnding): string {
  if (run.status === 'converged')
    return `converged in ${run.steps} step${run.steps === 1 ? '' : 's'}`;
  if (run.status === 'diverged') return `diverged at step ${run.divergedAt ?? run.steps}`;
  return `neither converged nor diverged in ${run.steps} steps (more steps would tell)`;
}

/**
 * The answer to "Will <method> converge from here?", from the run: right, wrong, or still open
 * when the run ran out of steps. `method` is the method as it reads mid-sentence.
 */
export function convergeClaim(
  answer: Answer,
  run: RunEnding,
  method: string,
): Claim<'predict-converge'> {
  const right = answerIsRight(answer, run);
  const verdict = right === null ? 'Still open' : right ? 'Right' : 'Not this time';
  const text = `You said ${answer}. ${verdict}: ${method} ${ending(run)}.`;
  return claim('predict-converge', text, {
    answer,
    status: run.status,
    steps: run.steps,
    divergedAt: run.divergedAt ?? -1,
    right: right === null ? 'open' : right,
  });
}
