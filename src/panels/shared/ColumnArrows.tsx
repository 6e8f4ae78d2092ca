import type { Mat2, Vec2 } from '../../core/types';
import { DraggablePoint } from '../../components/plot/DraggablePoint';
import { useScales } from '../../components/plot/scales';
import { GREY } from '../../components/palette';

interface Props {
  /** The matrix whose columns are drawn (R of w = Rw̃ + b, or M of θ = Mφ + c). */
  A: Mat2;
  /** Where the arrows start: the image of the new coordinates' origin (b or c). */
  origin: Vec2;
  /** Display factor: arrows show s·aᵢ so that small or large columns stay grabbable. */
  scale: number;
  onColumn(i: 0 | 1, column: [number, number]): void;
  onOrigin?(origin: [number, number]): void;
  /** Names of the columns and the origin, e.g. ['r₁', 'r₂'] and 'b'. */
  names: readonly [string, string];
  originName: string;
  colors: readonly [string, string];
  testIds: readonly [string, string];
  originTestId?: string;
  /** Draw the arrows without handles (e.g. when R follows the iterate and cannot be dragged). */
  readOnly?: boolean;
}

const sig4 = (v: number) => Number(v.toPrecision(4));

function Arrow({ from, to, color, label }: { from: Vec2; to: Vec2; color: string; label: string }) {
  const { x, y } = useScales();
  const [x0, y0, x1, y1] = [x(from[0]), y(from[1]), x(to[0]), y(to[1])];
  const len = Math.hypot(x1 - x0, y1 - y0);
  const ux = len > 0 ? (x1 - x0) / len : 1;
  const uy = len > 0 ? (y1 - y0) / len : 0;
  const h = Math.min(14, 0.45 * len);
  const head = `M${x1},${y1}L${x1 - h * ux + 0.5 * h * uy},${y1 - h * uy - 0.5 * h * ux}L${
    x1 - h * ux - 0.5 * h * uy
  },${y1 - h * uy + 0.5 * h * ux}Z`;
  const ends = { x1: x0, y1: y0, x2: x1, y2: y1 };
  return (
    <g aria-hidden="true">
      <line {...ends} stroke={GREY.white} strokeWidth={6} strokeOpacity={0.8} />
      <line {...ends} stroke={color} strokeWidth={3} />
      <path d={head} fill={color} />
      <text x={x1 + 10 * ux + 4} y={y1 + 10 * uy - 6} className="plot-label" fill={color}>
        {label}
      </text>
    </g>
  );
}

/**
 * The columns of a 2×2 matrix as arrows from an origin, with draggable tips (and origin): drag a
 * tip to change that column, i.e. where the unit vector of the new coordinates lands.
 */
export function ColumnArrows({
  A,
  origin,
  scale,
  onColumn,
  onOrigin,
  names,
  originName,
  colors,
  testIds,
  originTestId,
  readOnly = false,
}: Props) {
  const cols: [Vec2, Vec2] = [
    [A[0], A[2]],
    [A[1], A[3]],
  ];
  const tip = (c: Vec2): [number, number] => [origin[0] + scale * c[0], origin[1] + scale * c[1]];
  const suffix = scale === 1 ? '' : ` ×${scale}`;
  return (
    <g className="column-arrows">
      {cols.map((c, i) => (
        <Arrow key={i} from={origin} to={tip(c)} color={colors[i]} label={`${names[i]}${suffix}`} />
      ))}
      {!readOnly &&
        cols.map((c, i) => (
          <DraggablePoint
            key={i}
            w={tip(c).map(sig4) as [number, number]}
            color={colors[i]}
            label={`Tip of column ${names[i]}${suffix}`}
            testId={testIds[i]}
            onChange={(p) =>
              onColumn(i as 0 | 1, [
                sig4((p[0] - origin[0]) / scale),
                sig4((p[1] - origin[1]) / scale),
              ])
            }
          />
        ))}
      {onOrigin && !readOnly && (
        <DraggablePoint
          w={origin}
          color={GREY.muted}
          label={`Origin ${originName}`}
          testId={originTestId}
          onChange={onOrigin}
        />
      )}
    </g>
  );
}
