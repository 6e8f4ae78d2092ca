import type { FocusInfo } from '../../core/newton/compute';
import { METHOD_STYLE } from '../../components/palette';
import { plainNum } from './texNumbers';

const KIND = {
  min: 'positive definite',
  saddle: 'indefinite',
  max: 'negative definite',
  degenerate: 'singular',
};

/** Loss, gradient, Hessian, its eigenvalues and the descent test at the analysed iterate. */
export function IterateReadout({ f, hideStep }: { f: FocusInfo; hideStep?: boolean }) {
  const v = (a: readonly number[]) => `(${a.map(plainNum).join(', ')})`;
  return (
    <table className="readout" data-testid="iterate-readout">
      <caption>
        At iterate k = {f.k} of {METHOD_STYLE[f.method].label}
      </caption>
      <tbody>
        <tr>
          <th scope="row">w⁽ᵏ⁾</th>
          <td>{v(f.w)}</td>
        </tr>
        <tr>
          <th scope="row">J(w)</th>
          <td data-testid="readout-loss">{plainNum(f.loss)}</td>
        </tr>
        <tr>
          <th scope="row">∇J</th>
          <td>{v(f.grad)}</td>
        </tr>
        <tr>
          <th scope="row">H</th>
          <td>
            [{plainNum(f.hess[0])}, {plainNum(f.hess[1])}; {plainNum(f.hess[2])},{' '}
            {plainNum(f.hess[3])}]
          </td>
        </tr>
        <tr>
          <th scope="row">eigenvalues ν</th>
          <td data-testid="readout-eigs">
            {v(f.hessEigenvalues)} — H is {KIND[f.pointKind]}
          </td>
        </tr>
        {hideStep ? (
          <tr>
            <th scope="row">step Δw</th>
            <td data-testid="predict-hidden">hidden until you predict w⁽ᵏ⁺¹⁾</td>
          </tr>
        ) : (
          <StepRows f={f} />
        )}
      </tbody>
    </table>
  );
}

/** The step at iterate k and whether it descends (hidden in predict mode until predicted). */
function StepRows({ f }: { f: FocusInfo }) {
  const v = (a: readonly number[]) => `(${a.map(plainNum).join(', ')})`;
  return (
    <>
      <tr>
        <th scope="row">step Δw</th>
        <td>{f.step ? v(f.step) : 'undefined (curvature not invertible)'}</td>
      </tr>
      <tr>
        <th scope="row">∇Jᵀ Δw</th>
        <td data-testid="readout-descent">
          {f.grad[0] === 0 && f.grad[1] === 0 ? (
            '∇J = 0: a stationary point, no step to take'
          ) : f.step ? (
            <>
              {plainNum(f.directional)} —{' '}
              <strong className={f.isDescent ? 'ok' : 'bad'}>
                {f.isDescent ? 'a descent direction' : 'NOT a descent direction'}
              </strong>
            </>
          ) : (
            '—'
          )}
        </td>
      </tr>
    </>
  );
}
