import { Legend } from '../../components/Legend';
import { LineChart, type Series } from '../../components/LineChart';
import { TRAIN_METHODS, type Curve, type TrainState } from '../../core/hf';
import { TRAIN_STYLE } from './style';
import { OKABE_ITO } from '../../components/palette';

type Axis = 'timeMs' | 'epochs' | 'work';

const AXES: { key: Axis; label: string; title: string }[] = [
  { key: 'timeMs', label: 'compute time (s)', title: 'Loss vs wall-clock' },
  { key: 'epochs', label: 'epochs (examples processed / N)', title: 'Loss vs data throughput' },
  { key: 'work', label: 'gradient evaluations + MVPs', title: 'Loss vs gradients and MVPs' },
];

/** Columns that fit the width, and the chart width in each. */
function grid(width: number) {
  const cols = width >= 960 ? 3 : width >= 620 ? 2 : 1;
  return {
    cols,
    w: Math.floor((Math.min(width, 1400) - (cols - 1) * 20) / cols),
    style: { display: 'grid', gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gap: '20px' },
  };
}

const xsOf = (c: Curve, a: Axis) =>
  a === 'timeMs' ? Float64Array.from(c.timeMs, (t) => t / 1000) : c[a];

/** Training loss of HF, SGD and Adam against three x-axes: time, data, products. */
export function LossCharts({ s, width }: { s: TrainState; width: number }) {
  const { w, style } = grid(width);
  return (
    <>
      <Legend items={TRAIN_METHODS.map((m) => TRAIN_STYLE[m])} />
      <div className="panel-row" style={style} data-testid="loss-charts">
        {AXES.map((a) => {
          const series: Series[] = TRAIN_METHODS.map((m) => ({
            ...TRAIN_STYLE[m],
            xs: xsOf(s[m].curve, a.key),
            ys: s[m].curve.loss,
            width: m === 'hf' ? 2.5 : 2,
          }));
          return (
            <section key={a.key}>
              <h3>{a.title}</h3>
              <LineChart
                series={series}
                width={w}
                height={230}
                logY
                xLabel={a.label}
                yLabel="training loss"
                label={`${a.title}: training loss of HF, SGD and Adam`}
                testId={`loss-${a.key}`}
              />
            </section>
          );
        })}
      </div>
    </>
  );
}

/** Per-HF-iteration statistics: CG iterations, damping λ and reduction ratio ρ. */
export function HfStatsCharts({ s, width }: { s: TrainState; width: number }) {
  const { w, style } = grid(width);
  const st = s.hf.stats;
  const it = Float64Array.from({ length: st.cgIters.length }, (_, i) => i + 1);
  const line = (label: string, ys: Float64Array, color: string, dash = ''): Series => ({
    label,
    xs: it,
    ys,
    color,
    dash,
  });
  const logLambda = Float64Array.from(st.lambda, Math.log10);
  const finiteRho = Float64Array.from(st.rho, (r) =>
    Number.isFinite(r) ? Math.max(-1, Math.min(2, r)) : NaN,
  );
  return (
    <div className="panel-row" style={style} data-testid="hf-stats">
      <section>
        <h3>CG iterations per HF iteration</h3>
        <LineChart
          series={[
            line('CG iterations', st.cgIters, OKABE_ITO.vermillion),
            line('chosen by backtracking', st.chosenIter, OKABE_ITO.blue, '4 3'),
          ]}
          width={w}
          height={200}
          xLabel="HF iteration"
          yLabel="CG iterations"
          label="CG iterations per HF iteration and the iterate chosen by backtracking"
          testId="cg-iters-chart"
        />
      </section>
      <section>
        <h3>Damping λ (log scale)</h3>
        <LineChart
          series={[line('log₁₀ λ', logLambda, OKABE_ITO.purple)]}
          width={w}
          height={200}
          xLabel="HF iteration"
          yLabel="log₁₀ λ"
          label="Damping lambda per HF iteration, log10"
          testId="lambda-chart"
        />
      </section>
      <section>
        <h3>Reduction ratio ρ (clipped to [−1, 2])</h3>
        <LineChart
          series={[line('ρ', finiteRho, OKABE_ITO.green)]}
          width={w}
          height={200}
          yDomain={[-1, 2]}
          hLines={[0.25, 0.75]}
          xLabel="HF iteration"
          yLabel="ρ"
          label="Reduction ratio rho per HF iteration with thresholds 1/4 and 3/4"
          testId="rho-chart"
        />
      </section>
    </div>
  );
}
