import type { ProximalResult } from '../../core/proximal';
import { Formula } from '../../components/Formula';
import { plainNum } from '../shared/texNumbers';
import { NGD_SOLUTION_TEX, NGD_TEX } from './ruleTex';

/** The connection to natural gradient, in words and numbers. */
export function NgdReadout({ out }: { out: ProximalResult }) {
  const ngd = out.views.find((v) => v.id === 'ngd')!;
  return (
    <div data-testid="ngd-readout">
      <p className="small">
        SGD linearizes the loss and drops the FSD. Natural gradient linearizes the loss, replaces
        the FSD by its second-order model — the Gauss-Newton (= Fisher) matrix G of the FSD inputs —
        and keeps the WSD as damping. Its minimizer is one linear solve:
      </p>
      <div className="rule">
        <Formula tex={NGD_TEX} display />
        <Formula tex={NGD_SOLUTION_TEX} display />
      </div>
      {ngd.status === 'ok' ? (
        <table className="readout">
          <tbody>
            <tr>
              <th scope="row">CG iterations (exact G-vector products)</th>
              <td>
                {out.ngd.cgIterations} (residual {plainNum(out.ngd.relResidual)})
              </td>
            </tr>
            <tr>
              <th scope="row">‖Δw_prox‖ (Loss + WSD + FSD)</th>
              <td>{plainNum(out.ngd.proxStepNorm)}</td>
            </tr>
            <tr>
              <th scope="row">‖Δw_NGD − Δw_prox‖ / ‖Δw_prox‖</th>
              <td data-testid="ngd-departure">{plainNum(out.ngd.stepDeparture)}</td>
            </tr>
            <tr>
              <th scope="row">RMS of f_NGD − f_prox over x</th>
              <td>{plainNum(out.ngd.functionDeparture)}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="notice" role="status" data-testid="ngd-undefined">
          No NGD step: λ_FSD·G + λ_WSD·I is singular in a direction the batch gradient points in, so
          the model has no minimum. Give λ_WSD a positive value.
        </p>
      )}
    </div>
  );
}
