import type { KfacTrainState } from '../../core/kfac';

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');

/** Where a K-FAC step's time goes, next to an SGD and an Adam step (worker compute only). */
export function CostTable({ s }: { s: KfacTrainState }) {
  const n = Math.max(1, s.kfac.steps);
  const c = s.kfac.cost;
  const kfac = s.kfac.timeMs / n;
  const sgd = s.sgd.timeMs / Math.max(1, s.sgd.steps);
  const adam = s.adam.timeMs / Math.max(1, s.adam.steps);
  const rows: [string, number][] = [
    ['gradient (forward + backward)', c.gradMs / n],
    ['factor statistics (sampled backward, ā āᵀ, Ds Dsᵀ, EMA)', c.statsMs / n],
    [
      `inverses of the damped factors (every ${s.config.kfac.refresh} steps, averaged)`,
      c.inverseMs / n,
    ],
    [
      'update Ŝ⁻¹VÂ⁻¹' + (s.config.kfac.rescale ? ', quadratic model, ρ' : ', momentum'),
      c.updateMs / n,
    ],
  ];
  return (
    <table className="readout" data-testid="cost-table">
      <caption>Milliseconds per step in the worker (mean over {s.kfac.steps} K-FAC steps)</caption>
      <tbody>
        {rows.map(([name, v]) => (
          <tr key={name}>
            <th scope="row">K-FAC: {name}</th>
            <td>{ms(v)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">K-FAC step, total</th>
          <td data-testid="kfac-ms">{ms(kfac)}</td>
        </tr>
        <tr>
          <th scope="row">SGD step / Adam step</th>
          <td>
            {ms(sgd)} / {ms(adam)}
          </td>
        </tr>
        {s.config.hf && (
          <tr>
            <th scope="row">HF iteration (full gradient, CG on Gv, line search)</th>
            <td>
              {ms(s.hf.timeMs / Math.max(1, s.hf.steps))} ({s.hf.steps} iterations, {s.hf.cgIters}{' '}
              CG steps)
            </td>
          </tr>
        )}
        <tr>
          <th scope="row">K-FAC step ÷ SGD step</th>
          <td data-testid="cost-ratio">{sgd > 0 ? `${(kfac / sgd).toFixed(2)}×` : '—'}</td>
        </tr>
      </tbody>
    </table>
  );
}
