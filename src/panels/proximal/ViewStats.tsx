import type { ProximalView } from '../../core/proximal';
import { plainNum } from '../shared/texNumbers';
import { GREY, TONE } from '../../components/palette';

const TABLE = { width: '100%', fontSize: '0.9rem', borderCollapse: 'collapse' } as const;
const CELL = {
  textAlign: 'right',
  padding: '0 0.3rem',
  fontVariantNumeric: 'tabular-nums',
} as const;
const HEAD = { ...CELL, fontWeight: 600, color: GREY.tag } as const;

/** The numbers of one view: its three terms and what it did off the batch. */
export function ViewStats({
  view,
  prev,
  steps,
}: {
  view: ProximalView;
  prev: ProximalView;
  steps: number;
}) {
  const forgot = view.retainedLoss - prev.retainedLoss;
  let solver: string;
  if (view.id === 'previous') solver = 'w⁽ᵏ⁾, the starting point of every view';
  else if (view.status === 'diverged')
    solver = `inner GD diverged at step ${view.divergedAt}: α above 2/L ≈ ${plainNum(view.lrLimit)}?`;
  else if (view.status === 'unbounded') solver = 'no NGD step: the model is unbounded';
  else if (view.id === 'ngd') solver = 'one exact linear solve (CG)';
  else
    solver = `K = ${steps} steps: ‖∇Q‖ = ${plainNum(view.gradNorm)}; 2/L ≈ ${plainNum(view.lrLimit)}`;
  return (
    <div data-testid={`stats-${view.id}`}>
      <table style={TABLE}>
        <thead>
          <tr>
            <th style={HEAD} scope="col">
              batch loss
            </th>
            <th style={HEAD} scope="col">
              FSD
            </th>
            <th style={HEAD} scope="col">
              WSD
            </th>
            <th
              style={HEAD}
              scope="col"
              title="Change of the mean loss on the points w⁽ᵏ⁾ was trained on, outside the batch"
            >
              forgot
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td style={CELL} data-testid={`loss-${view.id}`}>
              {plainNum(view.terms.loss)}
            </td>
            <td style={CELL} data-testid={`fsd-${view.id}`}>
              {plainNum(view.terms.fsd)}
            </td>
            <td style={CELL} data-testid={`wsd-${view.id}`}>
              {plainNum(view.terms.wsd)}
            </td>
            <td style={CELL} data-testid={`forgot-${view.id}`}>
              {Number.isNaN(forgot) ? '—' : (forgot > 0 ? '+' : '') + plainNum(forgot)}
            </td>
          </tr>
        </tbody>
      </table>
      <div
        className="small"
        style={{ textAlign: 'right', color: view.status === 'ok' ? undefined : TONE.bad }}
      >
        {solver}
      </div>
    </div>
  );
}
