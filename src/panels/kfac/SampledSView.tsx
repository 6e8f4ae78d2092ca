import { Formula } from '../../components/Formula';
import { Legend, type LegendItem } from '../../components/Legend';
import { LineChart, type PointMark, type Series } from '../../components/LineChart';
import { OKABE_ITO } from '../../components/palette';
import { ParamSlider } from '../../components/ParamSlider';
import type { SampledResult } from '../../core/kfac';
import { claimText } from '../../core/claims/claim';
import { binder, type SetParams } from '../shared/useParams';
import { KFAC_PARAMS, type KfacParams } from './params';
import { blockErrors, pctOrZero, sampledClaims } from './sampledClaims';

interface Props {
  out: SampledResult;
  p: KfacParams;
  set: SetParams<typeof KFAC_PARAMS>;
  width: number;
}

/** One colour per layer; sampling solid, approximation dashed, so colour is not the only cue. */
const LAYER_COLOR = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.purple];
const APPROX_DASH = '6 4';

/** Both errors on the block's scale against m: a falling line per layer and a level per layer. */
function chartSeries(out: SampledResult): { series: Series[]; points: PointMark[] } {
  const { sweep, blockScale, samples } = out.sampled;
  const xs = Float64Array.from(sweep.samples);
  const series: Series[] = [];
  const points: PointMark[] = [];
  out.layers.forEach((b, l) => {
    const color = LAYER_COLOR[l % LAYER_COLOR.length];
    const ys = Float64Array.from(sweep.relError, (e) => e[l] * blockScale[l]);
    series.push({ label: `sampling, layer ${b.index}`, xs, ys, color });
    // An exact block (error 0) has no place on a log axis: the table says 0.
    if (b.approximation > 1e-10) {
      const level = Float64Array.from(xs, () => b.approximation);
      series.push({ label: `approx, layer ${b.index}`, xs, ys: level, color, dash: APPROX_DASH });
    }
    points.push({
      x: samples,
      y: out.sampled.relError[l] * blockScale[l],
      color,
      label: `layer ${b.index}, m = ${samples}`,
    });
  });
  return { series, points };
}

/** A log range with room around the data, so the end markers are not cut by the frame. */
function padded(series: Series[]): [number, number] {
  const vals = series.flatMap((s) => Array.from(s.ys)).filter((v) => Number.isFinite(v) && v > 0);
  if (vals.length === 0) return [1e-3, 1];
  return [Math.min(...vals) / 1.6, Math.max(...vals) * 1.6];
}

function legendItems(out: SampledResult): LegendItem[] {
  return out.layers.flatMap((b, l) => {
    const color = LAYER_COLOR[l % LAYER_COLOR.length];
    const sampling = { label: `layer ${b.index}: sampling ‖A⊗(Ŝ−S)‖`, color };
    // An exact block has no approximation line to name (the table says 0).
    if (b.approximation <= 1e-10) return [sampling];
    return [
      sampling,
      { label: `layer ${b.index}: approximation ‖A⊗S − G_ℓℓ‖`, color, dash: APPROX_DASH },
    ];
  });
}

/**
 * Issue #14.3: S estimated from m sampled passes, next to the approximation error of A ⊗ S, so
 * students see which error dominates in each layer.
 */
export function SampledSView({ out, p, set, width }: Props) {
  const bind = binder(KFAC_PARAMS, p, set);
  const { series, points } = chartSeries(out);
  const errs = blockErrors(out);
  return (
    <div data-testid="sampled-s">
      <div className="panel-row two" style={{ marginTop: 0 }}>
        <div>
          <ParamSlider
            {...bind('m')}
            hint="Each pass samples one target per example from the model."
          />
          <div className="rule">
            <Formula
              display
              tex={`\\hat S_\\ell = \\tfrac{1}{mN}\\textstyle\\sum_{r=1}^{m}\\sum_{n}\\mathcal D s_{n,r}\\mathcal D s_{n,r}^{\\top}`}
            />
            <Formula display tex={`\\|A\\otimes(\\hat S-S)\\|_F = \\|A\\|_F\\,\\|\\hat S-S\\|_F`} />
          </div>
          <table className="readout" data-testid="sampled-s-table">
            <caption>
              Per layer at m = {out.sampled.samples}; G = G<sub>ℓℓ</sub>, the exact block
            </caption>
            <thead>
              <tr>
                <th scope="col">layer ℓ</th>
                <th scope="col">‖Ŝ − S‖/‖S‖</th>
                <th scope="col">‖A⊗S − G‖/‖G‖</th>
                <th scope="col">‖A⊗Ŝ − G‖/‖G‖</th>
                <th scope="col">larger</th>
              </tr>
            </thead>
            <tbody>
              {out.layers.map((b, l) => (
                <tr key={b.index}>
                  <td>{b.index}</td>
                  <td data-testid={`sampled-error-${b.index}`}>
                    {pctOrZero(out.sampled.relError[l])}
                  </td>
                  <td>{pctOrZero(b.approximation)}</td>
                  <td>{pctOrZero(out.sampled.combinedError[l])}</td>
                  <td data-testid={`dominant-${b.index}`}>
                    {errs[l].sampling > errs[l].approximation ? 'sampling' : 'approx.'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <LineChart
            testId="sampled-s-chart"
            label="Sampling error of the K-FAC block against the number of sampled passes m, and the approximation error, per layer"
            series={series}
            points={points}
            width={Math.min(width >= 620 ? Math.floor((width - 20) / 2) : width, 520)}
            height={240}
            logX
            logY
            xDomain={[0.8, 320]}
            yDomain={padded(series)}
            xLabel="sampled backward passes m"
            yLabel="error / ‖G_ℓℓ‖"
          />
          <Legend items={legendItems(out)} />
        </div>
      </div>
      <p className="caption" data-testid="sampled-caption">
        {claimText(sampledClaims(out))}
      </p>
    </div>
  );
}
