import { memo } from 'react';
import { Legend } from '../../components/Legend';
import { LineChart, type PointMark } from '../../components/LineChart';
import type { BatchCurvature } from '../../core/pst';
import { plainNum } from '../shared/texNumbers';
import { PST_STYLE } from './style';

interface Props {
  b: BatchCurvature;
  width: number;
  caption: string;
}

/** The measured values as point marks, so each batch size is visible on the line. */
function marks(
  xs: Float64Array,
  ys: Float64Array,
  color: string,
  what: (v: number) => string,
): PointMark[] {
  return Array.from(xs, (x, i) => ({ x, y: ys[i], color, label: `B = ${x}: ${what(ys[i])}` }));
}

const percent = (v: number) => `${plainNum(100 * v)}%`;

/** A log-axis range with room around the data, so the end markers are not cut by the frame. */
function padded(...arrays: Float64Array[]): [number, number] {
  const vals = arrays.flatMap((a) => Array.from(a)).filter((v) => Number.isFinite(v) && v > 0);
  if (vals.length === 0) return [0.1, 1];
  return [Math.min(...vals) / 1.6, Math.max(...vals) * 1.6];
}

/**
 * Curvature from one batch (lecture: "a single batch, which may be inaccurate"): the relative
 * error of G_B against B on log-log axes with its fitted slope, and the angle it puts between
 * the batch's Newton/NGD step and the full-data one.
 */
export const BatchView = memo(function BatchView({ b, width, caption }: Props) {
  const fit = Float64Array.from(b.batchSizes, (B) => Math.exp(b.intercept) * B ** b.slope);
  const chartWidth = Math.min(width >= 620 ? Math.floor((width - 16) / 2) : width, 460);
  const xDomain: [number, number] = [0.8, 640];
  return (
    <div data-testid="batch-view">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <LineChart
          testId="batch-error-chart"
          label="Relative error of the curvature from one batch against the batch size, log-log"
          series={[
            { ...PST_STYLE.batchError, xs: b.batchSizes, ys: b.relError },
            {
              ...PST_STYLE.batchFit,
              label: `fit: slope ${plainNum(b.slope)}`,
              xs: b.batchSizes,
              ys: fit,
            },
          ]}
          points={marks(b.batchSizes, b.relError, PST_STYLE.batchError.color, (v) => percent(v))}
          width={chartWidth}
          height={240}
          logX
          logY
          xDomain={xDomain}
          yDomain={padded(b.relError, fit)}
          xLabel="batch size B"
          yLabel="relative error of G_B"
        />
        <LineChart
          testId="batch-angle-chart"
          label="Angle between the Newton/NGD step with the batch curvature and with the full curvature, against the batch size"
          series={[{ ...PST_STYLE.batchAngle, xs: b.batchSizes, ys: b.stepAngleDeg }]}
          points={marks(
            b.batchSizes,
            b.stepAngleDeg,
            PST_STYLE.batchAngle.color,
            (v) => `${plainNum(v)}°`,
          )}
          width={chartWidth}
          height={240}
          logX
          logY
          xDomain={xDomain}
          yDomain={padded(b.stepAngleDeg)}
          xLabel="batch size B"
          yLabel="step angle (degrees)"
        />
      </div>
      <Legend
        items={[
          PST_STYLE.batchError,
          { ...PST_STYLE.batchFit, label: `fit: slope ${plainNum(b.slope)} (1/√B: −½)` },
          PST_STYLE.batchAngle,
        ]}
      />
      <p className="caption" data-testid="batch-caption">
        {caption}
      </p>
    </div>
  );
});
