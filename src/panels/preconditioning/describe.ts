/**
 * The text alternative of Preconditioning's main figure (the two plots w and w̃): the objective,
 * the start, each route's outcome and step count, how far apart the two routes are; the
 * trajectories as a table (FigureText, src/panels/shared/describeFigure.ts).
 */
import { claim } from '../../core/claims/claim';
import type { PrecondResult } from '../../core/precond/computePrecond';
import type { Field } from '../../core/field/field';
import * as fig from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';
import { PRECOND_STYLE as S } from './style';

export function describePrecond(
  out: PrecondResult,
  field: Field,
  objective: string,
  alpha: number,
): fig.FigureDescription {
  const routes: { name: string; t: fig.Trace }[] = [
    { name: S.direct.label, t: out.direct },
    ...(out.viaTilde ? [{ name: S.tilde.label, t: out.viaTilde }] : []),
    ...(out.plainGd ? [{ name: S.gd.label, t: out.plainGd }] : []),
  ];
  const d = out.distance;
  return fig.describe(
    'Gradient descent in the original space w (left) and in the transformed space w̃ (right)',
    [
      claim(
        'figure-objective',
        `Left: contour plot of J = ${objective} for ${fig.domainText(field.domain)}; right: the same function in the coordinates w̃ with w = Rw̃ + b. Step size α = ${plainNum(alpha)}.`,
        { objective },
      ),
      fig.startClaim(out.direct),
      ...routes.map(({ name, t }) => fig.traceClaim(name, t)),
      ...(d
        ? [
            claim(
              'routes-distance',
              `The two routes are at most ${plainNum(d.max)} apart over ${d.compared} iterates.`,
              { max: d.max, compared: d.compared },
            ),
          ]
        : out.singular
          ? [claim('no-tilde', `There is no w̃ plot: ${out.singular}`, {})]
          : []),
    ],
    fig.traceTable(routes),
  );
}
