import type { Opt2dResult } from '../../core/newton/compute';
import { runSentence } from '../shared/captions';
import type { Opt2dParams } from '../shared/opt2dParams';

/** The Newton panel's caption: what each shown run did, and what the Taylor model says at w⁽ᵏ⁾. */
export function newtonCaption(out: Opt2dResult, p: Opt2dParams): string {
  const runs = out.runs
    .map((r, i) => ({ r, end: out.endKinds[i] }))
    .filter(({ r }) => p.show.includes(r.method))
    .map(({ r, end }) => runSentence(r, end));
  const t = out.taylor;
  const model =
    t.kind === 'bounded'
      ? `At iterate ${out.focus.k} the Taylor model is a bowl (H ≻ 0); its minimizer ★ is the next Newton iterate.`
      : t.kind === 'unbounded'
        ? `At iterate ${out.focus.k} H is indefinite, so the Taylor model is unbounded below: Newton's step goes to its stationary point, which need not be downhill.`
        : `At iterate ${out.focus.k} H is singular, so the Taylor model has no unique minimizer.`;
  return [...runs, model].join(' ');
}
