import type { InvarianceView } from './methods';
import { LineChart, type PointMark, type Series } from '../../components/LineChart';
import { plainNum } from '../shared/texNumbers';
import { INV_STYLE, methodName } from './style';

/** Floor for the log axis: deviations at rounding level (or exactly 0) are drawn here. */
const FLOOR = 1e-17;

/** Relative deviation against η on log-log axes: ~0 at η → 0, growing as damping grows. */
export function DeviationPlot({
  out,
  eta,
  width,
}: {
  out: InvarianceView;
  eta: number;
  width: number;
}) {
  const series: Series[] = [];
  for (const [m, ys] of Object.entries(out.sweep.relative)) {
    if (!ys) continue;
    const st = INV_STYLE[m as keyof typeof INV_STYLE];
    series.push({
      // A curve spans every η: the undamped method at its left end, damped along it.
      label: m === 'gd' ? st.label : `${st.label}, damped by η`,
      xs: out.sweep.etas,
      ys: ys.map((v) => Math.max(v, FLOOR)),
      color: st.color,
      dash: st.dash,
      width: 2.5,
    });
  }
  const points: PointMark[] =
    eta > 0
      ? out.pairs
          .filter((p) => p.method !== 'gd')
          .map((p) => ({
            x: eta,
            y: Math.max(p.deviation.relative, FLOOR),
            color: INV_STYLE[p.method].color,
            label: `${methodName(p.method, eta, 'label')} at η = ${plainNum(eta)}`,
          }))
      : [];
  return (
    <figure data-testid="deviation-plot">
      <LineChart
        series={series}
        points={points}
        width={width}
        height={300}
        xLabel="damping η"
        yLabel="max‖θ⁽ᵏ⁾ − (Mφ⁽ᵏ⁾+c)‖ / travelled"
        label="Deviation between the two parameterizations as a function of the damping"
        logX
        logY
        yDomain={[FLOOR, 10]}
        testId="deviation-chart"
      />
      <figcaption>
        Log-log. Each curve reruns the method in θ and in φ for one η (distance divided by how far
        the θ run travelled). Undamped (η → 0) the runs agree to rounding; the gap grows with η, and
        for large η both tend to different gradient steps: −∇J/η in θ, −MMᵀ∇J/η from φ. Gradient
        descent (flat) has nothing to damp and is off from the start. Dots: the current η.
      </figcaption>
    </figure>
  );
}
