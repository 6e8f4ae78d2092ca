/**
 * The text alternative of Invariance's main figure (the plots θ and φ): the objective, the start,
 * each method's outcome and step count in θ and how far its run in φ, mapped back, strays from
 * it; the θ-space trajectories as a table (FigureText, src/panels/shared/describeFigure.ts).
 */
import { claim } from '../../core/claims/claim';
import type { Field } from '../../core/field/field';
import * as fig from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';
import type { InvarianceView } from './methods';
import { methodName } from './style';

export function describeInvariance(
  out: InvarianceView,
  field: Field,
  objective: string,
  eta: number,
): fig.FigureDescription {
  const runs = out.pairs.map((pair) => ({ pair, name: methodName(pair.method, eta, 'label') }));
  return fig.describe(
    'The same methods run in θ (left) and in φ with θ = Mφ + c (right)',
    [
      claim(
        'figure-objective',
        `Left: contour plot of J = ${objective} for θ with ${fig.domainText(field.domain)}; right: the same function in φ, J(Mφ + c).${eta > 0 ? ` Damping η = ${plainNum(eta)}.` : ' Undamped.'}`,
        { objective },
      ),
      ...(runs[0] ? [fig.startClaim(runs[0].pair.theta)] : []),
      ...runs.flatMap(({ pair, name }) => [
        fig.traceClaim(`${name} in θ`, pair.theta),
        claim(
          'pair-deviation',
          `Its run in φ, mapped back to θ, is at most ${plainNum(pair.deviation.max)} from it over ${pair.deviation.compared} iterates.`,
          { method: pair.method, max: pair.deviation.max },
        ),
      ]),
    ],
    fig.traceTable(runs.map(({ pair, name }) => ({ name, t: pair.theta }))),
  );
}
