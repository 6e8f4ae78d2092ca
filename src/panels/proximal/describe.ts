/**
 * The text alternative of the Proximal panel's main figure (the network's function after one
 * proximal step, one plot per objective): the batch, each view's outcome — K inner steps or where
 * they diverged, the batch loss and the loss on the old points — and the inner runs' objective Q
 * as a table (FigureText, src/panels/shared/describeFigure.ts).
 */
import { claim, type Claim } from '../../core/claims/claim';
import type { ProximalResult } from '../../core/proximal';
import { describe, type FigureDescription } from '../shared/describeFigure';
import { plainNum } from '../shared/texNumbers';
import type { ProximalParams } from './params';
import { VIEW_STYLE } from './style';

function viewClaim(v: ProximalResult['views'][number], p: ProximalParams): Claim {
  const label = VIEW_STYLE[v.id].label;
  const data = { view: v.id, status: v.status, steps: p.steps };
  if (v.status === 'diverged')
    return claim('view-outcome', `${label}: the inner run diverged at step ${v.divergedAt}.`, {
      ...data,
      at: v.divergedAt ?? -1,
    });
  if (v.status === 'unbounded')
    return claim('view-outcome', `${label}: the objective has no minimum, no step.`, data);
  return claim(
    'view-outcome',
    `${label}: after ${p.steps} inner steps, batch loss ${plainNum(v.terms.loss)}, loss on the old points ${plainNum(v.retainedLoss)}.`,
    { ...data, loss: v.terms.loss, retained: v.retainedLoss },
  );
}

export function describeProximal(out: ProximalResult, p: ProximalParams): FigureDescription {
  const [prev, ...rest] = out.views;
  const views = rest.filter((v) => v.id !== 'ngd');
  const method = p.method === 'gd' ? 'gradient descent' : 'Adam';
  return describe(
    `The network's function after one proximal step, one plot per objective (${views.length + 1} plots)`,
    [
      claim(
        'figure-objective',
        `Plots of the network's output f(x, w) against x: the previous iterate w⁽ᵏ⁾ and the result of ${p.steps} steps of ${method} (α = ${plainNum(p.lr)}) on each proximal objective, from w⁽ᵏ⁾. The new batch is ${out.batch.length} points nearest x = ${plainNum(p.center)}, where w⁽ᵏ⁾ has batch loss ${plainNum(prev.terms.loss)}.`,
        { batch: out.batch.length, loss: prev.terms.loss },
      ),
      ...views.map((v) => viewClaim(v, p)),
    ],
    {
      caption: 'Inner runs: one row per inner step of each view, with its objective Q',
      columns: ['view', 'inner step', 'Q'],
      rows: () =>
        views.flatMap((v) =>
          Array.from(v.objective, (q, i) => [VIEW_STYLE[v.id].label, i + 1, plainNum(q)]),
        ),
    },
  );
}
