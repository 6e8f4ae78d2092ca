import { Formula } from '../../components/Formula';
import type { CurvatureResult } from '../../core/kfac';
import { plainNum } from '../shared/texNumbers';

const pct = (x: number) => (x < 1e-10 ? '0 (exact to rounding)' : `${plainNum(100 * x)}%`);

/** The slide's two approximations as separate steps, each with its own error. */
export function StepsView({ out }: { out: CurvatureResult }) {
  return (
    <div>
      <ol style={{ paddingLeft: '1.2rem', margin: '0.3rem 0' }}>
        <li>
          <strong>Layers independent</strong>: keep only the diagonal blocks G<sub>ℓℓ</sub>.{' '}
          <Formula tex={`\\frac{\\|G-\\operatorname{blockdiag}G\\|_F}{\\|G\\|_F}`} /> ={' '}
          <output data-testid="err-step1">{pct(out.blockError)}</output>
        </li>
        <li>
          <strong>Activations independent of pre-activation gradients</strong>:{' '}
          <Formula
            tex={`G_{\\ell\\ell} = \\mathbb E[\\bar a\\bar a^{\\top}\\otimes \\mathcal D s\\,\\mathcal D s^{\\top}] \\approx \\mathbb E[\\bar a\\bar a^{\\top}]\\otimes\\mathbb E[\\mathcal D s\\,\\mathcal D s^{\\top}] = A_{\\ell-1}\\otimes S_\\ell`}
          />
          , error <output data-testid="err-step2">{pct(out.factorError)}</output> of the block
          diagonal.
        </li>
      </ol>
      <p>
        Both steps together: <Formula tex={`\\|G-\\hat G_{\\text{K-FAC}}\\|_F/\\|G\\|_F`} /> ={' '}
        <output data-testid="err-total">{pct(out.totalError)}</output>
      </p>
      <table className="readout" data-testid="block-errors">
        <caption>Per layer block</caption>
        <thead>
          <tr>
            <th scope="col">layer ℓ</th>
            <th scope="col">W̄ₗ shape</th>
            <th scope="col">dim A, dim S</th>
            <th scope="col">‖G_ℓℓ − A⊗S‖/‖G_ℓℓ‖</th>
          </tr>
        </thead>
        <tbody>
          {out.blocks.map((b) => (
            <tr key={b.index}>
              <td>{b.index}</td>
              <td>
                {b.fanOut} × {b.fanIn + 1}
              </td>
              <td>
                {b.fanIn + 1}, {b.fanOut}
              </td>
              <td data-testid={`block-error-${b.index}`}>{pct(b.relError)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        S is the exact expectation E[J<sub>n</sub>ᵀH<sub>n</sub>J<sub>n</sub>] over the model’s
        predictive distribution (what the sampled Ds estimate), so these errors are those of the
        approximation itself, not of sampling; the section below estimates S from sampled Ds.
      </p>
    </div>
  );
}
