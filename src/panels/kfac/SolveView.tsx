import { Formula } from '../../components/Formula';
import { Heatmap } from '../../components/Heatmap';
import type { BlockResult } from '../../core/kfac';
import type { DampingDemo } from '../../core/kfac';
import type { Mat } from '../../core/linalg';
import { plainNum, texNum } from '../shared/texNumbers';
import { count } from './SizeCalculator';

const SHOWN = 3;
const sub = (k: number) => String(k).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]);
const head = (v: Float64Array) =>
  `(${Array.from(v.subarray(0, SHOWN), texNum).join(',\\ ')}${v.length > SHOWN ? ',\\ \\dots' : ''})`;

/** A square Kronecker factor as a heatmap, 34 px a cell up to 200 px. */
function FactorMap(props: { label: string; m: Mat; values: boolean; testId: string }) {
  const { m } = props;
  return (
    <Heatmap
      label={props.label}
      data={m.data}
      rows={m.rows}
      cols={m.cols}
      width={Math.min(200, 34 * m.rows)}
      values={props.values}
      testId={props.testId}
    />
  );
}

/** One layer's K-FAC solve done the cheap way and the explicit way, and the two dampings. */
export function SolveView({ d, block }: { d: DampingDemo; block: BlockResult }) {
  const dimA = block.fanIn + 1;
  const dimS = block.fanOut;
  const D = dimA * dimS;
  const small = Math.max(dimA, dimS) <= 6;
  return (
    <div data-testid="solve-view">
      <p>
        Layer {d.layer}: A is {dimA}×{dimA}, S is {dimS}×{dimS}, so A ⊗ S is {D}×{D}. V is a random{' '}
        {dimS}×{dimA} matrix (the shape of W̄<sub>{d.layer}</sub>), γ = {plainNum(d.gamma)}.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <FactorMap
          label={`A${sub(d.layer - 1)} = E[āāᵀ] (${dimA}×${dimA})`}
          m={block.A}
          values={small}
          testId="factor-A"
        />
        <FactorMap
          label={`S${sub(d.layer)} = E[Ds Dsᵀ] (${dimS}×${dimS})`}
          m={block.S}
          values={small}
          testId="factor-S"
        />
      </div>
      <div className="rule">
        <Formula
          display
          tex={`\\pi = \\sqrt{\\tfrac{\\operatorname{tr}A/${dimA}}{\\operatorname{tr}S/${dimS}}} = ${texNum(d.pi)},\\qquad \\hat A = A + \\pi\\sqrt\\gamma\\,I,\\quad \\hat S = S + \\tfrac{\\sqrt\\gamma}{\\pi} I`}
        />
        <Formula
          display
          testId="solve-formula"
          tex={`\\text{factored: }\\operatorname{vec}(\\hat S^{-1} V \\hat A^{-1}) = ${head(d.factored)}`}
        />
        <Formula
          display
          tex={`\\text{explicit: }(\\hat A\\otimes\\hat S)^{-1}\\operatorname{vec}V = ${head(d.factoredExplicit)}`}
        />
      </div>
      <p>
        Largest difference: <output data-testid="solve-diff">{plainNum(d.factoredMaxDiff)}</output>.
        Cost: {count(Math.round(d.costs.factored))} flops for two {dimA}- and {dimS}-dimensional
        factorizations and two small products, against {count(Math.round(d.costs.explicit))} flops
        to form and factor the {D}×{D} matrix (×{plainNum(d.costs.explicit / d.costs.factored)}).
      </p>
      <h3 style={{ fontSize: '1rem', margin: '0.6rem 0 0.2rem' }}>
        Factored vs exact Tikhonov damping
      </h3>
      <div className="rule">
        <Formula
          display
          tex={`\\hat A\\otimes\\hat S = A\\otimes S + \\gamma I + \\underbrace{\\pi\\sqrt\\gamma\\, I\\otimes S + \\tfrac{\\sqrt\\gamma}{\\pi} A\\otimes I}_{\\text{${plainNum(100 * d.crossTermWeight)}\\% of }\\|A\\otimes S+\\gamma I\\|_F}`}
        />
        <Formula
          display
          tex={`(A\\otimes S+\\gamma I)^{-1}\\operatorname{vec}V = \\operatorname{vec}\\!\\big(Q_S\\big[(Q_S^{\\top} V Q_A) \\oslash (d_S d_A^{\\top} + \\gamma)\\big]Q_A^{\\top}\\big)`}
        />
        <Formula display tex={`\\text{exact Tikhonov: } ${head(d.exact)}`} />
        <Formula display tex={`\\text{factored Tikhonov: } ${head(d.factored)}`} />
      </div>
      <p>
        The eigendecomposition route matches the explicit solve (largest difference{' '}
        <output data-testid="tikhonov-diff">{plainNum(d.exactMaxDiff)}</output>); factored damping
        differs from exact damping by{' '}
        <output data-testid="factored-vs-exact">{plainNum(100 * d.factoredVsExact)}%</output>{' '}
        because of its cross terms — the price of keeping the Kronecker form. π balances the two
        cross terms’ traces.
      </p>
    </div>
  );
}
