import { useScales } from './scales';
import { circlePath, markerPaint, markerPath, type MarkerShape } from './Marker';
import { clippedPathData, insideBox, type Box } from './clipPolyline';
import { GREY } from '../palette';

interface Props {
  /** Flat [x₀, y₀, x₁, y₁, …]. */
  iterates: Float64Array;
  /** The analysed iterate k, ringed when `highlight` is set. */
  current: number;
  highlight?: boolean;
  color: string;
  dash: string;
  marker: MarkerShape;
  label: string;
  testId?: string;
  /**
   * `rings`: open circles joined by a thin dashed line, drawn over another trajectory so that
   * two runs that coincide show each marker inside a ring (e.g. the same run in two
   * parameterizations).
   */
  variant?: 'line' | 'rings';
}

/** One path for all the run's markers: a slider step updates one attribute, not one per iterate. */
function markersPath(
  pts: readonly [number, number][],
  shown: (p: [number, number]) => boolean,
  one: (x: number, y: number) => string,
): string {
  let d = '';
  for (const p of pts) if (shown(p)) d += one(p[0], p[1]);
  return d;
}

/** Lines are drawn up to this far outside the plot (see clipPolyline). */
const MARGIN_PX = 400;

/** A polyline through the iterates with a marker at each; a white halo keeps it legible on any fill. */
export function Trajectory({
  iterates,
  current,
  highlight,
  color,
  dash,
  marker,
  label,
  testId,
  variant = 'line',
}: Props) {
  const { x, y, innerWidth, innerHeight } = useScales();
  const last = iterates.length / 2 - 1;
  const n = Math.min(current, last);
  const box: Box = [-MARGIN_PX, innerWidth + MARGIN_PX, -MARGIN_PX, innerHeight + MARGIN_PX];
  const pts: [number, number][] = [];
  for (let i = 0; i <= last; i++) pts.push([x(iterates[2 * i]), y(iterates[2 * i + 1])]);
  // Diverged iterates can be astronomically far away: the line is clipped where it leaves the
  // region around the plot (still pointing where they went), and markers out there are skipped.
  const d = clippedPathData(pts, box);
  const shown = (p: [number, number] | undefined): p is [number, number] =>
    p !== undefined && insideBox(p, box);
  const cur = shown(pts[n]) ? pts[n] : undefined;
  if (variant === 'rings') {
    return (
      <g className="trajectory" data-testid={testId} data-points={last + 1}>
        <title>{label}</title>
        <path
          data-testid="traj-line"
          d={d}
          fill="none"
          stroke={color}
          strokeDasharray="2 3"
          // Inline, so presenter mode's thicker trajectory lines leave the overlay thin.
          style={{ strokeWidth: 1.2 }}
        />
        <path
          d={markersPath(pts, shown, (a, b) => circlePath(a, b, 7.5))}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      </g>
    );
  }
  return (
    <g className="trajectory" data-testid={testId} data-points={last + 1}>
      <title>{label}</title>
      <path d={d} fill="none" stroke={GREY.white} strokeWidth={5} strokeOpacity={0.8} />
      <path
        data-testid="traj-line"
        d={d}
        fill="none"
        stroke={color}
        strokeWidth={2.4}
        strokeDasharray={dash || undefined}
      />
      <path
        data-testid="traj-markers"
        d={markersPath(pts, shown, (a, b) => markerPath(marker, a, b, 4))}
        {...markerPaint(marker, color)}
      />
      {highlight && cur && (
        <circle
          cx={cur[0]}
          cy={cur[1]}
          r={11}
          fill="none"
          stroke={color}
          strokeWidth={3}
          data-testid="current-iterate"
        >
          <title>analysed iterate k = {n}</title>
        </circle>
      )}
    </g>
  );
}
