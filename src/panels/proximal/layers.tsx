/** Layers of a function plot, drawn inside <Plot2D> with its shared scales. */
import { memo } from 'react';
import { useScales } from '../../components/plot/scales';
import { Marker } from '../../components/plot/Marker';
import { POINT_STYLE } from './style';
import { OKABE_ITO, TONE } from '../../components/palette';

/** y = f(x) as one path; non-finite values lift the pen. */
export function CurvePath({
  xs,
  ys,
  color,
  dash,
  width = 2.5,
  testId,
}: {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  color: string;
  dash?: string;
  width?: number;
  testId?: string;
}) {
  const { x, y, innerHeight } = useScales();
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i])) {
      pen = false;
      continue;
    }
    // Clamp far outside the frame so an exploding curve still draws as "off the chart".
    const py = Math.max(-innerHeight, Math.min(2 * innerHeight, y(ys[i])));
    d += `${pen ? 'L' : 'M'}${x(xs[i]).toFixed(1)},${py.toFixed(1)}`;
    pen = true;
  }
  return (
    <path
      d={d}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dash || undefined}
      strokeLinejoin="round"
      data-testid={testId}
    />
  );
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => v === b[i]);

/**
 * Training points, with the new batch drawn on top in its own shape. Memoized by content: every
 * result brings fresh arrays, but the points only change with the seed or the batch, and four
 * views × 64 markers are the bulk of a redraw.
 */
export const DataPoints = memo(
  DataPointsLayer,
  (a, b) =>
    sameArray(a.xs, b.xs) &&
    sameArray(a.ts, b.ts) &&
    sameArray(a.seen, b.seen) &&
    sameArray(a.batch, b.batch),
);

function DataPointsLayer({
  xs,
  ts,
  seen,
  batch,
}: {
  xs: Float64Array;
  ts: Float64Array;
  seen: Uint8Array;
  batch: Int32Array;
}) {
  const { x, y } = useScales();
  const inBatch = new Set(batch);
  const marks = [];
  for (let i = 0; i < xs.length; i++) {
    if (inBatch.has(i)) continue;
    const s = POINT_STYLE[seen[i] ? 'seen' : 'unseen'];
    marks.push(
      <Marker key={i} x={x(xs[i])} y={y(ts[i])} shape={s.shape} color={s.color} size={s.size} />,
    );
  }
  const b = POINT_STYLE.batch;
  return (
    <g>
      {marks}
      <g data-testid="batch-points">
        {Array.from(batch, (i) => (
          <Marker key={i} x={x(xs[i])} y={y(ts[i])} shape={b.shape} color={b.color} size={b.size} />
        ))}
      </g>
    </g>
  );
}

/** Small ticks on the x-axis at the inputs where the FSD is measured. */
export function FsdTicks({ xs }: { xs: Float64Array }) {
  const { x, innerHeight } = useScales();
  return (
    <g data-testid="fsd-ticks" aria-hidden="true">
      {Array.from(xs, (v, i) => (
        <line
          key={i}
          x1={x(v)}
          x2={x(v)}
          y1={innerHeight}
          y2={innerHeight - 7}
          stroke={OKABE_ITO.green}
          strokeWidth={2}
        />
      ))}
    </g>
  );
}

/** Shades the region the previous iterate was never trained on. */
export function UnseenRegion({ from }: { from: number }) {
  const { x, innerWidth, innerHeight } = useScales();
  const x0 = Math.max(0, Math.min(innerWidth, x(from)));
  return (
    <g aria-hidden="true">
      <rect x={x0} width={innerWidth - x0} height={innerHeight} fill={TONE.infoTint} />
      <line x1={x0} x2={x0} y2={innerHeight} stroke={TONE.infoLine} strokeDasharray="4 3" />
    </g>
  );
}
