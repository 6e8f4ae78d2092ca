import { Formula } from '../../components/Formula';
import { memo } from 'react';
import type { PstSamples } from '../../core/pst';
import type { Mat2 } from '../../core/types';
import { texMat, texNum } from '../shared/texNumbers';
import type { PstParams } from './params';

interface Props {
  out: PstSamples;
  output: PstParams['output'];
  sigma: number;
  /** Number of samples shown; the recipe is spelled out for the newest one. */
  shown: number;
  estimate: Mat2;
}

/** The four steps of the pullback sampling trick with the numbers of the newest sample. */
export const RecipeView = memo(function RecipeView({ out, output, sigma, shown, estimate }: Props) {
  const s = Math.max(0, Math.min(shown, out.samples.length / 2) - 1);
  const r = out.recipe;
  const d = out.inputDim;
  const x = Array.from(r.x.subarray(s * d, s * d + d));
  const z = r.z[s];
  const t = r.sampledTarget[s];
  const dz = r.dz[s];
  const dw = [out.samples[2 * s], out.samples[2 * s + 1]];
  const xTex =
    d === 1 ? `\\bar x = (u, 1) = (${texNum(x[0])}, 1)` : `x = (${x.map(texNum).join(', ')})`;
  const gz =
    output === 'gaussian'
      ? `\\tilde t \\sim \\mathcal N(z, \\sigma^2):\\ \\tilde t = ${texNum(t)},\\quad \\mathcal D z = \\frac{z - \\tilde t}{\\sigma^2} = ${texNum(dz)},\\quad G_z = \\sigma^{-2} = ${texNum(1 / sigma ** 2)}`
      : `\\tilde t \\sim \\mathrm{Bern}(\\sigma(z)):\\ \\tilde t = ${t},\\quad \\mathcal D z = \\sigma(z) - \\tilde t = ${texNum(dz)},\\quad G_z = \\sigma(z)(1-\\sigma(z)) = ${texNum(sigm(z) * (1 - sigm(z)))}`;
  const jac = dz !== 0 ? [dw[0] / dz, dw[1] / dz] : null;
  const pull = jac
    ? `\\mathcal D w = J_{zw}^\\top \\mathcal D z = \\begin{pmatrix}${texNum(jac[0])}\\\\${texNum(jac[1])}\\end{pmatrix} ${texNum(dz)} = \\begin{pmatrix}${texNum(dw[0])}\\\\${texNum(dw[1])}\\end{pmatrix}`
    : `\\mathcal D w = J_{zw}^\\top \\mathcal D z = 0`;
  return (
    <div data-testid="recipe">
      <p className="small">
        Sample {shown > 0 ? s + 1 : 1} of {out.samples.length / 2} (the newest shown; data point #
        {r.index[s] + 1}). Only the two plotted entries of J_zw and Dw are written out.
      </p>
      <ol className="recipe">
        <li>
          Sample x from the data: <Formula tex={xTex} />
        </li>
        <li>
          Compute the output: <Formula tex={`z = f(x, w) = ${texNum(z)}`} />
        </li>
        <li>
          Sample Dz with covariance G_z: <Formula tex={gz} />
        </li>
        <li>
          Pull it back with one backprop: <Formula tex={pull} testId="recipe-dw" />
        </li>
      </ol>
      <p>The cloud’s covariance vs the exact block of G for these two weights:</p>
      <Formula
        display
        testId="recipe-compare"
        tex={`\\hat G_{${Math.max(shown, 0)}} = ${shown >= 1 ? texMat(estimate) : '\\text{(no samples)}'} \\quad\\text{vs}\\quad G = ${texMat(out.exactG)}`}
      />
    </div>
  );
});

function sigm(z: number) {
  return 1 / (1 + Math.exp(-z));
}
