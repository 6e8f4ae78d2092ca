/**
 * The training caption as computed claims (src/core/claims): every comparative statement is a
 * ratio of the losses of the run shown, at a named iteration or at equal compute time, from the
 * predicates of src/core/kfac/compare.ts; trainClaims.test.ts checks each one over presets and
 * seeds with independent verifiers.
 */
import { claim, type Claim } from '../../core/claims/claim';
import {
  commonSteps,
  equalTimeComparison,
  kfacVersusBestOther,
  lossAtStep,
  namedIterations,
  STEP_METHODS,
  type Comparison,
  type KfacMethod,
  type KfacTrainState,
} from '../../core/kfac';
import { plainNum } from '../shared/texNumbers';

export const METHOD_NAME: Record<KfacMethod, string> = {
  kfac: 'K-FAC',
  sgd: 'SGD',
  adam: 'Adam',
  pst: 'diagonal PST',
  hf: 'HF',
};

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Two significant digits (the ratios are measured, not exact); 5.3·10¹²× when large. */
export function times(r: number): string {
  if (r < 1e4) return `${Number(r.toPrecision(2))}×`;
  const e = Math.floor(Math.log10(r));
  const m = Number((r / 10 ** e).toPrecision(2));
  // Rounding the mantissa can carry into the next power of ten (9.96 → 10).
  const [mm, ee] = m >= 10 ? [m / 10, e + 1] : [m, e];
  return `${mm}·10${String(ee).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)])}×`;
}
/** Below this ratio the caption says the two are level rather than naming a winner. */
export const LEVEL_RATIO = 1.05;

/** The losses of every method at the latest iteration all of them recorded. */
function lossesClaim(s: KfacTrainState): Claim | null {
  const steps = commonSteps(s);
  if (steps.length === 0) return null;
  const k = steps[steps.length - 1];
  const losses = STEP_METHODS.map((m) => lossAtStep(s[m].curve, k)!);
  const list = STEP_METHODS.map((m, i) => `${METHOD_NAME[m]} ${plainNum(losses[i])}`).join(', ');
  const hf = s.hf.curve.loss;
  const hfText = s.config.hf
    ? `; HF ${plainNum(hf[hf.length - 1])} after ${s.hf.steps} iteration${s.hf.steps === 1 ? '' : 's'}`
    : '';
  return claim(
    'kfac-losses',
    `After ${k} of ${s.config.iters} iterations each: ${list} (training loss, from ${plainNum(s.initialLoss)})${hfText}.`,
    { iteration: k, losses, initial: s.initialLoss, hf: s.config.hf ? hf[hf.length - 1] : NaN },
  );
}

const data = (c: Comparison) => ({
  at: c.at,
  best: c.best,
  bestLoss: c.bestLoss,
  second: c.second,
  secondLoss: c.secondLoss,
  ratio: c.ratio,
});

/** "At iteration k A's training loss is r× lower than B's (a vs b)", or that they are level. */
function ratioSentence(c: Comparison, where: string, aside: string): string {
  const [a, b] = [METHOD_NAME[c.best], METHOD_NAME[c.second]];
  const nums = `(${plainNum(c.bestLoss)} vs ${plainNum(c.secondLoss)})`;
  return c.ratio < LEVEL_RATIO
    ? `${where} ${a} and ${b} are level, within ${LEVEL_RATIO}× ${nums}.`
    : `${where} ${a}’s training loss is ${times(c.ratio)} lower than ${b}’s${aside} ${nums}.`;
}

/** K-FAC against the best other per-step method at each named iteration. */
function iterationClaims(s: KfacTrainState): Claim[] {
  return namedIterations(s).flatMap((k) => {
    const c = kfacVersusBestOther(s, k);
    if (!c) return [];
    const aside = c.best === 'kfac' ? ', the lowest of the other per-step methods' : '';
    return [
      claim('kfac-ratio', ratioSentence(c, `At iteration ${k}`, aside), {
        ...data(c),
        versusBestOther: true,
      }),
    ];
  });
}

/** Every method at the same compute time (the least any method has used so far). */
function timeClaim(s: KfacTrainState): Claim | null {
  const c = equalTimeComparison(s);
  if (!c || !(c.at > 0)) return null;
  return claim(
    'kfac-time',
    ratioSentence(c, `Within the same ${plainNum(c.at)} ms of compute`, ', the next lowest'),
    { ...data(c), hf: s.config.hf },
  );
}

/** Every claim of the training caption, in reading order (empty before the first step). */
export function trainClaims(s: KfacTrainState): Claim[] {
  if (s.failed) {
    return [
      claim(
        'kfac-failed',
        `Training stopped: ${METHOD_NAME[s.failed.method]} failed (${s.failed.reason}).`,
        {
          method: s.failed.method,
        },
      ),
    ];
  }
  const losses = lossesClaim(s);
  if (!losses) return [];
  const time = timeClaim(s);
  return [losses, ...iterationClaims(s), ...(time ? [time] : [])];
}
