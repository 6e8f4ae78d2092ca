import { memo } from 'react';
import { descentLossUpSteps } from '../../core/newton/runFacts';
import type { MethodId, Run2 } from '../../core/types';
import { LineChart, type PointMark, type Series } from '../../components/LineChart';
import { METHOD_STYLE } from '../../components/palette';

interface Props {
  runs: readonly Run2[];
  shown: readonly MethodId[];
  name(m: MethodId): string;
  width: number;
}

/** Orders of magnitude the log axis shows below the largest loss (converged runs reach 10⁻³⁰). */
const LOG_DECADES = 14;

/**
 * Log scale when no loss is negative and the positive ones span more than two decades (a loss of
 * exactly 0 then lifts the pen), else linear. The range leaves out a diverged run's last loss —
 * the blow-up, drawn leaving through the top — so it does not flatten every other curve.
 */
export function yScale(values: number[]): { logY: boolean; yDomain: [number, number] } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pos = values.filter((v) => v > 0);
  const loPos = Math.min(...pos);
  if (lo >= 0 && pos.length > 0 && hi / loPos > 100)
    return { logY: true, yDomain: [Math.max(loPos, hi * 10 ** -LOG_DECADES) / 2, hi * 2] };
  // One distinct loss (a single iterate, as in predict mode at k = 0) still needs a readable span.
  const pad = hi > lo ? 0.05 * (hi - lo) : Math.max(0.05 * Math.abs(hi), 1e-3);
  return { logY: false, yDomain: [lo - pad, hi + pad] };
}

/** The losses that set the range: all finite ones but a diverged run's last. */
function rangeValues(runs: readonly Run2[]): number[] {
  return runs.flatMap((r) => {
    const ys = Array.from(r.loss).filter(Number.isFinite);
    return r.status === 'diverged' && ys.length > 1 ? ys.slice(0, -1) : ys;
  });
}

/**
 * "Loss per iteration" under the main plot: J(w⁽ᵏ⁾) of every shown run in its method's style, and
 * a dot on each step k where Δw was a descent direction and still J(w⁽ᵏ⁾) > J(w⁽ᵏ⁻¹⁾) — the
 * lecture's "Newton's method may not even reduce the cost".
 */
export const LossStrip = memo(function LossStrip({ runs, shown, name, width }: Props) {
  const vis = runs.filter((r) => shown.includes(r.method));
  const values = rangeValues(vis);
  if (vis.length === 0 || values.length === 0) return null;
  const series: Series[] = vis.map((r) => ({
    label: name(r.method),
    xs: Array.from(r.loss, (_, k) => k),
    ys: r.loss,
    color: METHOD_STYLE[r.method].color,
    dash: METHOD_STYLE[r.method].dash || undefined,
    width: 2.2,
  }));
  const ups = vis.map((r) => ({ r, steps: descentLossUpSteps(r) }));
  const points: PointMark[] = ups.flatMap(({ r, steps }) =>
    steps.map((k) => ({
      x: k,
      y: r.loss[k],
      color: METHOD_STYLE[r.method].color,
      label: `${name(r.method)}: a descent direction, yet the loss went up at step ${k}`,
    })),
  );
  const maxSteps = Math.max(1, ...vis.map((r) => r.steps));
  const { logY, yDomain } = yScale(values);
  const marked = ups.filter((u) => u.steps.length > 0);
  return (
    <figure className="loss-strip" data-testid="loss-strip">
      <h2>Loss per iteration</h2>
      <LineChart
        series={series}
        points={points}
        width={width}
        height={180}
        xLabel="iteration k"
        yLabel={logY ? 'J(w⁽ᵏ⁾), log' : 'J(w⁽ᵏ⁾)'}
        label="Loss per iteration of every shown method"
        logY={logY}
        xDomain={[0, maxSteps]}
        yDomain={yDomain}
        testId="loss-chart"
      />
      <p className="small" data-testid="loss-strip-note">
        {marked.length > 0
          ? `● a step that was a descent direction, yet the loss went up: ${marked
              .map((u) => `${name(u.r.method)} ${u.steps.length}×`)
              .join(', ')}.`
          : 'No shown method took a descent step that raised the loss.'}
      </p>
    </figure>
  );
});
