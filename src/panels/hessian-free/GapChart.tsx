import { LineChart, type Series } from '../../components/LineChart';

/** Gaps below the chart's floor (exact zeros included) are drawn on it instead of vanishing. */
const GAP_FLOOR = 1e-13;

/** A relative-gap array as a series against MVPs 0, 1, 2, …, floored for the log axis. */
export function gapSeries(
  gap: Float64Array,
  style: { label: string; color: string; dash?: string },
  width?: number,
): Series {
  return {
    ...style,
    xs: Float64Array.from({ length: gap.length }, (_, i) => i),
    ys: Float64Array.from(gap, (v) => Math.max(v, GAP_FLOOR)),
    ...(width !== undefined ? { width } : {}),
  };
}

/** The relative model gap per MVP on a log axis, with the tolerance as a dotted level. */
export function GapChart(props: {
  series: Series[];
  width: number;
  tol: number;
  label: string;
  testId: string;
}) {
  return (
    <LineChart
      series={props.series}
      width={props.width}
      height={240}
      logY
      yDomain={[GAP_FLOOR, 2]}
      hLines={[props.tol]}
      xLabel="matrix-vector products (MVPs)"
      yLabel="(q − q*) / (q(0) − q*)"
      label={props.label}
      testId={props.testId}
    />
  );
}
