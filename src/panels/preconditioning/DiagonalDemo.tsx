import type { PrecondResult } from '../../core/precond/computePrecond';
import { LineChart } from '../../components/LineChart';
import { plainNum } from '../shared/texNumbers';
import type { PrecondParams } from './params';
import { GREY, OKABE_ITO } from '../../components/palette';

/**
 * "Even a diagonal approximation can improve conditioning a lot" — and where it cannot: κ after
 * the Jacobi preset as the quadratic's eigenvectors rotate away from the axes.
 */
export function DiagonalDemo({
  jacobi,
  width,
  set,
}: {
  jacobi: NonNullable<PrecondResult['jacobi']>;
  width: number;
  set(patch: Partial<PrecondParams>): void;
}) {
  const flat = new Float64Array(jacobi.angles.length).fill(jacobi.kappa);
  const current = jacobi.atAngle[1];
  return (
    <div className="diagonal-demo">
      <table className="readout" data-testid="diag-table">
        <caption>Condition number before and after R = diag(H)^−½, side by side</caption>
        <thead>
          <tr>
            <th scope="col">quadratic</th>
            <th scope="col">κ(H)</th>
            <th scope="col">κ(H̃) with diagonal R</th>
          </tr>
        </thead>
        <tbody>
          {jacobi.atAngle.map((a, i) => (
            <tr key={i} data-testid={`diag-row-${i}`}>
              <th scope="row">
                {a.angle === 0 ? 'axis-aligned (0°)' : `rotated ${plainNum(a.angle)}°`}
                {i === 1 ? ' — current' : ''}
              </th>
              <td>{plainNum(a.before)}</td>
              <td>{a.after === null ? '—' : plainNum(a.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="presets" role="group" aria-label="Diagonal preconditioner scenes">
        <button
          type="button"
          onClick={() => set({ problem: 'quadratic', angle: 0, preset: 'jacobi', k: 0 })}
        >
          Axis-aligned + diagonal R
        </button>
        <button
          type="button"
          onClick={() => set({ problem: 'quadratic', angle: 45, preset: 'jacobi', k: 0 })}
        >
          Rotated 45° + diagonal R
        </button>
      </div>
      <LineChart
        series={[
          { label: 'κ(H)', xs: jacobi.angles, ys: flat, color: GREY.mutedLine, dash: '5 4' },
          {
            label: 'κ after diagonal R',
            xs: jacobi.angles,
            ys: jacobi.after,
            color: OKABE_ITO.blue,
            width: 2.5,
          },
        ]}
        points={
          current.after === null
            ? []
            : [
                {
                  x: current.angle,
                  y: current.after,
                  color: OKABE_ITO.vermillion,
                  label: 'current rotation',
                },
              ]
        }
        width={width}
        height={220}
        xLabel="rotation of the eigenvectors (degrees)"
        yLabel="κ"
        xDomain={[0, 90]}
        yDomain={[0, jacobi.kappa * 1.05]}
        label="Condition number after the diagonal preconditioner as the quadratic rotates"
        testId="diag-chart"
      />
      <p className="small">
        Dashed: κ(H) = {plainNum(jacobi.kappa)} without preconditioning. Solid: after R =
        diag(H)^−½. A diagonal R rescales the axes; it cannot rotate them, so it only helps as far
        as H’s eigenvectors are aligned with the axes.
      </p>
    </div>
  );
}
