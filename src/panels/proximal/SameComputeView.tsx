import type { SameComputeResult } from '../../core/proximal';
import { Legend } from '../../components/Legend';
import { LineChart, type PointMark } from '../../components/LineChart';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type SetParams } from '../shared/useParams';
import { plainNum } from '../shared/texNumbers';
import { sameComputeCaption } from './caption';
import { PROXIMAL_PARAMS, type ProximalParams } from './params';
import { SAME_COMPUTE_STYLE } from './style';

/** Up to 3× the starting loss: a run that blows up leaves the chart instead of flattening it. */
function yTop(r: SameComputeResult): number {
  const start = r.sgd.heldOut[0];
  const finite = [...r.sgd.heldOut, ...r.proximal.heldOut].filter(Number.isFinite);
  return Math.min(3 * start, Math.max(...finite)) * 1.05;
}

/**
 * The slide's throughput question: held-out loss against gradient evaluations for K proximal
 * steps on one batch and K SGD steps on K batches, with its control (SGD's data) and caption.
 */
export function SameComputeView({
  r,
  p,
  set,
  width,
}: {
  r: SameComputeResult;
  p: ProximalParams;
  set: SetParams<typeof PROXIMAL_PARAMS>;
  width: number;
}) {
  const K = r.gradientEvaluations.length - 1;
  const last = (a: Float64Array) => a[a.length - 1];
  const points: PointMark[] = [
    ['proximal', r.proximal.heldOut, `after ${K} proximal steps`],
    ['sgd', r.sgd.heldOut, `after ${K} SGD steps`],
  ]
    .filter(([, a]) => Number.isFinite(last(a as Float64Array)))
    .map(([id, a, what]) => ({
      x: K,
      y: last(a as Float64Array),
      color: SAME_COMPUTE_STYLE[id as 'proximal' | 'sgd'].color,
      label: `Held-out loss ${what}: ${plainNum(last(a as Float64Array))}`,
    }));
  const bind = binder(PROXIMAL_PARAMS, p, set);
  return (
    <div className="panel-row two" data-testid="same-compute-view">
      <section>
        <LineChart
          width={Math.max(260, Math.min(560, width))}
          height={250}
          xLabel="gradient evaluations"
          yLabel="held-out loss"
          label="Held-out loss against gradient evaluations: K proximal steps on one batch and K SGD steps"
          testId="same-compute-chart"
          yDomain={[0, yTop(r)]}
          points={points}
          series={(['proximal', 'sgd'] as const).map((id) => ({
            ...SAME_COMPUTE_STYLE[id],
            xs: r.gradientEvaluations,
            ys: r[id].heldOut,
            width: 2.5,
          }))}
        />
      </section>
      <section>
        <Legend items={[SAME_COMPUTE_STYLE.proximal, SAME_COMPUTE_STYLE.sgd]} />
        <ParamSlider
          {...bind('pool')}
          hint="Far left: fresh data for every SGD step. Otherwise SGD cycles through a fixed pool."
        />
        <p className="caption" data-testid="same-compute-caption" aria-live="polite">
          {sameComputeCaption(r, p.method)}
        </p>
      </section>
    </div>
  );
}
