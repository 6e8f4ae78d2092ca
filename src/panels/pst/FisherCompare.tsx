import { memo, useMemo } from 'react';
import { Legend } from '../../components/Legend';
import { CovarianceEllipse } from '../../components/plot/CovarianceEllipse';
import { Plot2D } from '../../components/plot/Plot2D';
import { ScatterCloud } from '../../components/plot/ScatterCloud';
import type { PstSamples } from '../../core/pst';
import { cloudDomain } from './cloudDomain';
import { PST_STYLE } from './style';

interface Props {
  out: PstSamples;
  width: number;
  sentence: string;
}

/** True Fisher (targets from the model) and empirical Fisher (data labels), same axes. */
export const FisherCompare = memo(function FisherCompare({ out, width, sentence }: Props) {
  const domain = useMemo(
    () => cloudDomain(out.exactG, out.exactEmpirical, out.sampleEmpirical),
    [out],
  );
  const w = Math.max(220, Math.floor((width - 16) / 2));
  const h = Math.round(w * 0.9);
  const labels = { xLabel: `Dw of ${out.names[0]}`, yLabel: `Dw of ${out.names[1]}` };
  return (
    <div data-testid="fisher-compare">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <figure style={{ margin: 0, width: w }}>
          <figcaption className="small">True Fisher: t̃ sampled from the model</figcaption>
          <Plot2D
            domain={domain}
            width={w}
            height={h}
            {...labels}
            label="True-Fisher cloud with the exact G ellipse"
          >
            <ScatterCloud
              points={out.samples}
              count={out.samples.length / 2}
              color={PST_STYLE.cloud.color}
            />
            <CovarianceEllipse matrix={out.exactG} color={PST_STYLE.exact.color} width={3} />
          </Plot2D>
        </figure>
        <figure style={{ margin: 0, width: w }}>
          <figcaption className="small">
            Empirical Fisher: the data’s labels t (one fixed gradient per data point)
          </figcaption>
          <Plot2D
            domain={domain}
            width={w}
            height={h}
            {...labels}
            label="Empirical-Fisher cloud with its ellipse and the exact G ellipse"
          >
            <ScatterCloud
              points={out.empirical}
              count={out.empirical.length / 2}
              color={PST_STYLE.empiricalCloud.color}
              size={5}
              opacity={0.8}
            />
            <CovarianceEllipse matrix={out.exactG} color={PST_STYLE.exact.color} width={2} />
            <CovarianceEllipse
              matrix={out.exactEmpirical}
              color={PST_STYLE.empirical.color}
              dash={PST_STYLE.empirical.dash}
              width={3.5}
              testId="empirical-ellipse"
            />
          </Plot2D>
        </figure>
      </div>
      <Legend
        items={[
          { label: PST_STYLE.cloud.label, color: PST_STYLE.cloud.color, dash: '2 4' },
          {
            label: PST_STYLE.empiricalCloud.label,
            color: PST_STYLE.empiricalCloud.color,
            dash: '2 4',
          },
          { label: PST_STYLE.exact.label, color: PST_STYLE.exact.color },
          {
            label: PST_STYLE.empirical.label,
            color: PST_STYLE.empirical.color,
            dash: PST_STYLE.empirical.dash,
          },
        ]}
      />
      <p className="caption" data-testid="fisher-sentence">
        {sentence}
      </p>
    </div>
  );
});
