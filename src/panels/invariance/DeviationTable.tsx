import { INV_METHODS, type InvarianceView } from './methods';
import { plainNum } from '../shared/texNumbers';
import { statusChip } from '../shared/captions';
import { verdict, VERDICT_TEXT } from './caption';
import { INV_STYLE, methodName } from './style';

/** Per method: how each run ended in θ and in φ, and how far apart they are in θ-space. */
export function DeviationTable({ out, eta }: { out: InvarianceView; eta: number }) {
  return (
    <table className="readout deviations" data-testid="deviation-table">
      <caption>
        θ-space distance between each method run in θ and the same method run in φ, mapped back
        {eta > 0 ? ` (damping η = ${plainNum(eta)})` : ' (undamped)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">method</th>
          <th scope="col">in θ</th>
          <th scope="col">in φ</th>
          <th scope="col">max‖θ⁽ᵏ⁾ − (Mφ⁽ᵏ⁾ + c)‖</th>
          <th scope="col">÷ distance travelled</th>
          <th scope="col">verdict</th>
        </tr>
      </thead>
      <tbody>
        {INV_METHODS.map((m) => {
          const pair = out.pairs.find((p) => p.method === m);
          const st = INV_STYLE[m];
          const name = (
            <th scope="row">
              <span className="swatch" style={{ background: st.color }} aria-hidden="true" />{' '}
              {methodName(m, eta, 'label')}
            </th>
          );
          if (!out.defined[m]) {
            return (
              <tr key={m} data-testid={`dev-${m}`}>
                {name}
                <td colSpan={5}>
                  not defined for this problem (no Gauss-Newton / Fisher structure)
                </td>
              </tr>
            );
          }
          if (!pair) {
            return (
              <tr key={m} data-testid={`dev-${m}`}>
                {name}
                <td colSpan={5}>hidden (tick it under “Methods”)</td>
              </tr>
            );
          }
          const v = verdict(pair);
          return (
            <tr key={m} data-testid={`dev-${m}`} data-verdict={v}>
              {name}
              <td>{statusChip(pair.theta)}</td>
              <td>{statusChip(pair.phi)}</td>
              <td data-testid={`dev-${m}-max`}>{plainNum(pair.deviation.max)}</td>
              <td data-testid={`dev-${m}-rel`}>{plainNum(pair.deviation.relative)}</td>
              <td className={v === 'invariant' ? 'ok' : 'bad'}>
                <strong>{VERDICT_TEXT[v]}</strong>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
