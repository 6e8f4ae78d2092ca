import { Legend } from '../../components/Legend';
import { CovarianceEllipse } from '../../components/plot/CovarianceEllipse';
import { Plot2D } from '../../components/plot/Plot2D';
import type { PstResult } from '../../core/pst';
import type { Mat2 } from '../../core/types';
import { cloudDomain } from './cloudDomain';
import { PST_STYLE } from './style';

/**
 * The full G ellipse next to its diagonal: diag(G) keeps each weight's variance but drops the
 * correlation, so its ellipse is axis-aligned — what "approximate the entries of Dw as
 * uncorrelated" looks like.
 */
export function DiagonalEllipses({ out, width }: { out: PstResult; width: number }) {
  const S = out.ema.debiased.length / 2;
  const ema: Mat2 = [out.ema.debiased[2 * S - 2], 0, 0, out.ema.debiased[2 * S - 1]];
  const diagG: Mat2 = [out.exactG[0], 0, 0, out.exactG[3]];
  const w = Math.max(260, Math.min(420, width));
  return (
    <div>
      <Plot2D
        domain={cloudDomain(out.exactG, ema)}
        width={w}
        height={Math.round(w * 0.8)}
        xLabel={`Dw of ${out.names[0]}`}
        yLabel={`Dw of ${out.names[1]}`}
        label="The full G ellipse, its diagonal, and the EMA diagonal estimate"
        testId="diag-plot"
      >
        <CovarianceEllipse matrix={out.exactG} color={PST_STYLE.exact.color} width={3} />
        <CovarianceEllipse
          matrix={diagG}
          color={PST_STYLE.diagonal.color}
          dash={PST_STYLE.diagonal.dash}
          width={3}
        />
        <CovarianceEllipse
          matrix={ema}
          color={PST_STYLE.estimate.color}
          dash={PST_STYLE.estimate.dash}
          width={2.5}
          testId="ema-ellipse"
        />
      </Plot2D>
      <Legend
        items={[
          { label: 'full G', color: PST_STYLE.exact.color },
          {
            label: 'diag(G): axis-aligned',
            color: PST_STYLE.diagonal.color,
            dash: PST_STYLE.diagonal.dash,
          },
          {
            label: `diag(Ĝ) of the EMA at step ${S}`,
            color: PST_STYLE.estimate.color,
            dash: PST_STYLE.estimate.dash,
          },
        ]}
      />
    </div>
  );
}
