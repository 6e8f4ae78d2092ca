import type { Departure, ProximalResult } from '../../core/proximal';
import { Formula } from '../../components/Formula';
import { plainNum } from '../shared/texNumbers';
import { NGD_SOLUTION_TEX, NGD_TEX, SGD_SOLUTION_TEX, SGD_TEX } from './ruleTex';

/** How far a linearized step is from the proximal step it approximates. */
function DepartureTable({
  d,
  prox,
  lin,
  first,
  testId,
}: {
  d: Departure;
  /** The proximal view it is compared with, and the linearized step's name. */
  prox: string;
  lin: string;
  first: [string, string];
  testId: string;
}) {
  return (
    <table className="readout">
      <tbody>
        <tr>
          <th scope="row">{first[0]}</th>
          <td>{first[1]}</td>
        </tr>
        <tr>
          <th scope="row">‖Δw_prox‖ ({prox})</th>
          <td>{plainNum(d.proxStepNorm)}</td>
        </tr>
        <tr>
          <th scope="row">{`‖Δw_${lin} − Δw_prox‖ / ‖Δw_prox‖`}</th>
          <td data-testid={testId}>{plainNum(d.stepDeparture)}</td>
        </tr>
        <tr>
          <th scope="row">{`RMS of f_${lin} − f_prox over x`}</th>
          <td>{plainNum(d.functionDeparture)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The slide's two linearized steps, SGD and natural gradient, in words and numbers. */
export function NgdReadout({ out }: { out: ProximalResult }) {
  const ngd = out.views.find((v) => v.id === 'ngd')!;
  const sgd = out.views.find((v) => v.id === 'sgd')!;
  return (
    <div data-testid="ngd-readout">
      <p className="small">
        SGD linearizes the loss, keeps the WSD and drops the FSD: its minimizer is a gradient step
        with learning rate 1/λ_WSD, drawn dotted in the Loss + WSD view.
      </p>
      <div className="rule">
        <Formula tex={SGD_TEX} display />
        <Formula tex={SGD_SOLUTION_TEX} display />
      </div>
      {sgd.status === 'ok' ? (
        <DepartureTable
          d={out.sgd}
          prox="Loss + WSD"
          lin="SGD"
          first={['learning rate 1/λ_WSD', plainNum(out.sgd.learningRate)]}
          testId="sgd-departure"
        />
      ) : (
        <p className="notice" role="status" data-testid="sgd-undefined">
          No SGD step: with λ_WSD = 0 the linearized loss has no minimum. Give λ_WSD a positive
          value.
        </p>
      )}
      <p className="small">
        Natural gradient linearizes the loss, replaces the FSD by its second-order model — the
        Gauss-Newton (= Fisher) matrix G of the FSD inputs — and keeps the WSD as damping. Its
        minimizer is one linear solve, drawn dotted in the Loss + WSD + FSD view:
      </p>
      <div className="rule">
        <Formula tex={NGD_TEX} display />
        <Formula tex={NGD_SOLUTION_TEX} display />
      </div>
      {ngd.status === 'ok' ? (
        <DepartureTable
          d={out.ngd}
          prox="Loss + WSD + FSD"
          lin="NGD"
          first={[
            'CG iterations (exact G-vector products)',
            `${out.ngd.cgIterations} (residual ${plainNum(out.ngd.relResidual)})`,
          ]}
          testId="ngd-departure"
        />
      ) : (
        <p className="notice" role="status" data-testid="ngd-undefined">
          No NGD step: λ_FSD·G + λ_WSD·I is singular in a direction the batch gradient points in, so
          the model has no minimum. Give λ_WSD a positive value.
        </p>
      )}
    </div>
  );
}
