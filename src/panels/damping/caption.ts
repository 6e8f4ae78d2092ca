import type { Opt2dResult } from '../../core/newton/compute';
import { LOGISTIC_NEWTON_THRESHOLD } from '../../core/newton/logistic1d';
import { runSentence } from '../shared/captions';
import type { Opt2dParams } from '../shared/opt2dParams';
import { plainNum } from '../shared/texNumbers';

/** The damping caption: what each run did, why, and whether H + ηI is positive definite here. */
export function dampingCaption(out: Opt2dResult, p: Opt2dParams): string {
  const parts = out.runs
    .map((r, i) => ({ r, end: out.endKinds[i] }))
    .filter(({ r }) => p.show.includes(r.method))
    .map(({ r, end }) => runSentence(r, end));
  if (p.problem === 'logistic') {
    const outside = Math.max(Math.abs(p.x0[0]), Math.abs(p.x0[1])) > LOGISTIC_NEWTON_THRESHOLD;
    parts.push(
      outside
        ? `The start has a coordinate beyond |x| = ${LOGISTIC_NEWTON_THRESHOLD.toFixed(5)}, where the Newton map x − sinh x overshoots further each step.`
        : `Both start coordinates are inside |x| < ${LOGISTIC_NEWTON_THRESHOLD.toFixed(5)}, where undamped Newton converges.`,
    );
  }
  if (p.eta > 0) {
    parts.push(
      out.focus.dampedPD
        ? `With η = ${plainNum(p.eta)}, H + ηI is positive definite at the analysed iterate, so the damped step is a descent direction no longer than ‖∇J‖/η.`
        : `With η = ${plainNum(p.eta)}, H + ηI is NOT positive definite at the analysed iterate (an eigenvalue of H is below −η), so the damped step need not go downhill.`,
    );
  } else {
    parts.push('η = 0: the "damped" method is plain Newton. Move the slider to damp it.');
  }
  return parts.join(' ');
}
