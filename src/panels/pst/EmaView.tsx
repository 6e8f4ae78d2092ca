import { useMemo } from 'react';
import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import { LineChart, type Series } from '../../components/LineChart';
import { ParamSlider } from '../../components/ParamSlider';
import { biasGoneAfter, emaTimescale, type PstResult } from '../../core/pst';
import { texNum } from '../shared/texNumbers';
import { decimateMinMax } from './decimate';
import { binder, type SetParams } from '../shared/useParams';
import { PST_PARAMS, type PstParams } from './params';
import { PST_STYLE } from './style';
import { GREY } from '../../components/palette';

interface Props {
  out: PstResult;
  p: PstParams;
  width: number;
  caption: string;
  set: SetParams<typeof PST_PARAMS>;
}

const HEIGHT = 240;
/**
 * Where the started-at-0 curve is drawn to: past this gap (a fraction of the value) it lies
 * within half a pixel of the debiased one, whose line covers it — and a dotted line over
 * hundreds of noisy vertices costs more to draw than the rest of the chart.
 */
const MERGED = 0.5 / HEIGHT;

/** Ĝ_ii^{(k)} / G_ii for k = 1…S (or 1…last): one weight's EMA, relative to the truth. */
function ratios(out: PstResult, which: 'debiased' | 'raw', i: number, last = Infinity) {
  const d = out.ema[which];
  const S = Math.min(d.length / 2, last);
  const xs = new Float64Array(S);
  const ys = new Float64Array(S);
  for (let k = 0; k < S; k++) {
    xs[k] = k + 1;
    ys[k] = d[2 * k + i] / out.exactG[3 * i];
  }
  // A chart is a few hundred pixels wide: more vertices only cost time while η is dragged.
  return decimateMinMax(xs, ys, 320);
}

/** The diagonal approximation, the EMA estimate with its η slider, and its noise-vs-lag trace. */
export function EmaView({ out, p, width, caption, set }: Props) {
  const S = out.samples.length / 2;
  const series = useMemo<Series[]>(() => {
    const a = ratios(out, 'debiased', 0);
    const b = ratios(out, 'debiased', 1);
    const raw = ratios(out, 'raw', 0, biasGoneAfter(out.ema.eta, MERGED));
    return [
      { label: `Ĝ₁₁/G₁₁ (debiased)`, ...a, color: PST_STYLE.estimate.color },
      {
        label: `Ĝ₂₂/G₂₂ (debiased)`,
        ...b,
        color: PST_STYLE.coord2.color,
        dash: PST_STYLE.coord2.dash,
      },
      {
        label: `Ĝ₁₁/G₁₁ started at 0 (biased)`,
        ...raw,
        color: GREY.mutedLine,
        dash: '1 3',
        width: 1.5,
      },
    ];
  }, [out]);
  const tau = emaTimescale(p.eta);
  return (
    <div data-testid="ema-view">
      <ParamSlider
        {...binder(PST_PARAMS, p, set)('eta')}
        hint={`timescale 1/(1−η) = ${Number(tau.toPrecision(4))} step${tau === 1 ? '' : 's'}`}
      />
      <Formula
        display
        testId="ema-rule"
        tex={`\\hat G_{ii}^{(k+1)} \\leftarrow ${texNum(p.eta)}\\,\\hat G_{ii}^{(k)} + ${texNum(1 - p.eta)}\\,[\\mathcal D w_i^{(k)}]^2,\\qquad \\frac{1}{1-\\eta} = ${texNum(tau)}`}
      />
      <LineChart
        series={series}
        width={Math.min(width, 640)}
        height={HEIGHT}
        xLabel="step k (one pseudo-gradient per step)"
        yLabel="Ĝᵢᵢ / Gᵢᵢ"
        label="EMA estimates of the diagonal of G, relative to the exact values, over the steps"
        yDomain={[0, 3]}
        xDomain={[1, S]}
        hLines={[1]}
        testId="ema-chart"
      />
      <Legend
        items={[
          ...series.map((s) => ({ label: s.label, color: s.color, dash: s.dash })),
          { label: 'exact (ratio 1)', color: GREY.border, dash: '3 3' },
        ]}
      />
      <p className="caption" data-testid="ema-caption">
        {caption}
      </p>
    </div>
  );
}
