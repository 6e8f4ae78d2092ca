/**
 * The text alternative of the main figure of Newton's method and Damping (both draw it with
 * Opt2dFigure): the objective and view, the start, each shown method's outcome and step count,
 * the iterate drawn up to; the trajectories as a table.
 */
import { claim } from '../../core/claims/claim';
import type { Opt2dResult } from '../../core/newton/compute';
import { METHOD_STYLE } from '../../components/palette';
import { plainNum } from './texNumbers';
import * as fig from './describeFigure';

export interface Opt2dView {
  objective: string;
  domain: readonly (readonly number[])[];
  show: readonly string[];
  k: number;
  eta: number;
  /** Predict mode before the answer: how the runs end is not told (the plot does not show it). */
  outcomesHidden?: boolean;
}

export function describeOpt2d(out: Opt2dResult, view: Opt2dView): fig.FigureDescription {
  const shown = out.runs.flatMap((r, i) =>
    view.show.includes(r.method) ? [{ r, end: out.endKinds[i] ?? null }] : [],
  );
  const names = shown.map(({ r }) => METHOD_STYLE[r.method].label);
  const damped = shown.some(({ r }) => r.method === 'damped-newton');
  const first = shown[0]?.r ?? out.runs[0];
  return fig.describe(
    `Contour plot of ${view.objective} with ${shown.length} optimizer trajectories`,
    [
      claim(
        'figure-objective',
        `Contour plot of J = ${view.objective} for ${fig.domainText(view.domain)}, with the trajectories of ${names.join(', ') || 'no method'}${damped ? ` (damping η = ${plainNum(view.eta)})` : ''}.`,
        { objective: view.objective },
      ),
      ...(first ? [fig.startClaim(first)] : []),
      ...(view.outcomesHidden
        ? [
            claim(
              'figure-outcomes-hidden',
              'How the runs end is hidden until the prediction question is answered.',
              {},
            ),
          ]
        : shown.map(({ r, end }) => fig.traceClaim(METHOD_STYLE[r.method].label, r, end))),
      claim('figure-k', `Iterates are drawn up to k = ${view.k}.`, { k: view.k }),
    ],
    fig.traceTable(shown.map(({ r }) => ({ name: METHOD_STYLE[r.method].label, t: r }))),
  );
}
