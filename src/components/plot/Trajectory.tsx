import { useScales } from './scales';
import { Marker, type MarkerShape } from './Marker';

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
}

const LIMIT = 1e5;

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
}: Props) {
  const { x, y } = useScales();
  const last = iterates.length / 2 - 1;
  const n = Math.min(current, last);
  const pts: [number, number][] = [];
  for (let i = 0; i <= last; i++) {
    const px = x(iterates[2 * i]);
    const py = y(iterates[2 * i + 1]);
    // Diverged iterates can be astronomically far away; clamp so the line still points there.
    pts.push([Math.max(-LIMIT, Math.min(LIMIT, px)), Math.max(-LIMIT, Math.min(LIMIT, py))]);
  }
  const d = pts.map(([a, b], i) => `${i ? 'L' : 'M'}${a.toFixed(1)},${b.toFixed(1)}`).join('');
  const cur = pts[n];
  return (
    <g className="trajectory" data-testid={testId} aria-label={label} data-points={last + 1}>
      <path d={d} fill="none" stroke="white" strokeWidth={5} strokeOpacity={0.8} />
      <path
        data-testid="traj-line"
        d={d}
        fill="none"
        stroke={color}
        strokeWidth={2.4}
        strokeDasharray={dash || undefined}
      />
      {pts.map(([a, b], i) => (
        <Marker key={i} x={a} y={b} shape={marker} color={color} size={4} />
      ))}
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
