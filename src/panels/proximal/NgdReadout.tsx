import type { Departure, ProximalResult } from '../../core/proximal';
import type { ReactNode } from 'react';
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

/** One linearized step: what it is, its rule and solution, and its departure or why it has none. */
function StepSection(props: {
  intro: ReactNode;
  tex: readonly [string, string];
  table: Parameters<typeof DepartureTable>[0] | null;
  missing: { testId: string; text: string };
}) {
  return (
    <>
      <p className="small">{props.intro}</p>
      <div className="rule">
        <Formula tex={props.tex[0]} display />
        <Formula tex={props.tex[1]} display />
      </div>
      {props.table ? (
        <DepartureTable {...props.table} />
      ) : (
        <p className="notice" role="status" data-testid={props.missing.testId}>
          {props.missing.text}
        </p>
      )}
    </>
  );
}

/** The slide's two linearized steps, SGD and natural gradient, in words and numbers. */
export function NgdReadout({ out }: { out: ProximalResult }) {
  const ngd = out.views.find((v) => v.id === 'ngd')!;
  const sgd = out.views.find((v) => v.id === 'sgd')!;
  return (
    <div data-testid="ngd-readout">
      <StepSection
        intro="SGD linearizes the loss, keeps the WSD and drops the FSD: its minimizer is a gradient step with learning rate 1/λ_WSD, drawn dotted in the Loss + WSD view."
        tex={[SGD_TEX, SGD_SOLUTION_TEX]}
        table={
          sgd.status === 'ok'
            ? {
                d: out.sgd,
                prox: 'Loss + WSD',
                lin: 'SGD',
                first: ['learning rate 1/λ_WSD', plainNum(out.sgd.learningRate)],
                testId: 'sgd-departure',
              }
            : null
        }
        missing={{
          testId: 'sgd-undefined',
          text: 'No SGD step: with λ_WSD = 0 the linearized loss has no minimum. Give λ_WSD a positive value.',
        }}
      />
      <StepSection
        intro="Natural gradient linearizes the loss, replaces the FSD by its second-order model — the Gauss-Newton (= Fisher) matrix G of the FSD inputs — and keeps the WSD as damping. Its minimizer is one linear solve, drawn dotted in the Loss + WSD + FSD view:"
        tex={[NGD_TEX, NGD_SOLUTION_TEX]}
        table={
          ngd.status === 'ok'
            ? {
                d: out.ngd,
                prox: 'Loss + WSD + FSD',
                lin: 'NGD',
                first: [
                  'CG iterations (exact G-vector products)',
                  `${out.ngd.cgIterations} (residual ${plainNum(out.ngd.relResidual)})`,
                ],
                testId: 'ngd-departure',
              }
            : null
        }
        missing={{
          testId: 'ngd-undefined',
          text: 'No NGD step: λ_FSD·G + λ_WSD·I is singular in a direction the batch gradient points in, so the model has no minimum. Give λ_WSD a positive value.',
        }}
      />
    </div>
  );
}
