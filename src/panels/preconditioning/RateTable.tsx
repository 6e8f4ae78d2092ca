import type { PrecondResult } from '../../core/precond/computePrecond';
import { plainNum } from '../shared/texNumbers';

/** For the quadratic: κ, the rate (κ−1)/(κ+1) and the steps to 10⁻⁶ at the best α, before and after. */
export function RateTable({ quad }: { quad: NonNullable<PrecondResult['quad']> }) {
  const rows = [
    { name: 'before (H, in w)', r: quad.before },
    { name: 'after (H̃, in w̃)', r: quad.after },
  ];
  const exp = Math.round(Math.log10(quad.tol));
  return (
    <table className="readout rates" data-testid="rate-table">
      <caption>
        Gradient descent at its best step size α* = 2/(ν<sub>min</sub> + ν<sub>max</sub>): steps
        until ‖w − w*‖ ≤ 10<sup>{exp}</sup>‖w⁽⁰⁾ − w*‖. Theory: ⌈ln 10<sup>{exp}</sup> / ln rate⌉.
      </caption>
      <thead>
        <tr>
          <th scope="col">Hessian</th>
          <th scope="col">κ</th>
          <th scope="col">rate (κ−1)/(κ+1)</th>
          <th scope="col">steps (theory)</th>
          <th scope="col">steps (measured)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, r }, i) => (
          <tr key={name} data-testid={i === 0 ? 'rate-before' : 'rate-after'}>
            <th scope="row">{name}</th>
            {r ? (
              <>
                <td>{plainNum(r.kappa)}</td>
                <td>{plainNum(r.rate)}</td>
                <td>{Number.isFinite(r.stepsTheory) ? r.stepsTheory : '∞'}</td>
                <td>{r.stepsMeasured ?? '> 200000'}</td>
              </>
            ) : (
              <td colSpan={4}>H̃ is not positive definite here (or R is singular)</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
