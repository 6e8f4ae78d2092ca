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
  /**
   * `rings`: open circles joined by a thin dashed line, drawn over another trajectory so that
   * two runs that coincide show each marker inside a ring (e.g. the same run in two
   * parameterizations).
   */
  variant?: 'line' | 'rings';
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
  variant = 'line',
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
  if (variant === 'rings') {
    return (
      <g className="trajectory" data-testid={testId} data-points={last + 1}>
        <title>{label}</title>
        <path
          data-testid="traj-line"
          d={d}
          fill="none"
          stroke={color}
          strokeWidth={1.2}
          strokeDasharray="2 3"
        />
        {pts.map(([a, b], i) => (
          <circle key={i} cx={a} cy={b} r={7.5} fill="none" stroke={color} strokeWidth={2} />
        ))}
      </g>
    );
  }
  return (
    <g className="trajectory" data-testid={testId} data-points={last + 1}>
      <title>{label}</title>
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
