import type { MarkerShape } from './plot/Marker';

export interface LegendItem {
  label: string;
  color: string;
  dash?: string;
  marker?: MarkerShape;
  status?: string;
}

interface SwatchProps {
  color: string;
  dash?: string;
  width?: number;
  height?: number;
  /** Gap between the line's ends and the box. */
  inset?: number;
  stroke?: number;
}

/** A short sample of a series' line (colour and dash), for legends and titles. */
export function LineSwatch({
  color,
  dash,
  width = 34,
  height = 14,
  inset = 2,
  stroke = 2.5,
}: SwatchProps) {
  return (
    <svg width={width} height={height} aria-hidden="true">
      <line
        x1={inset}
        x2={width - inset}
        y1={height / 2}
        y2={height / 2}
        stroke={color}
        strokeWidth={stroke}
        strokeDasharray={dash || undefined}
      />
    </svg>
  );
}

/** Legend with line style and marker, so every series is identifiable without colour. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((it) => (
        <li key={it.label}>
          <LineSwatch color={it.color} dash={it.dash} />
          <span>{it.label}</span>
          {it.status && (
            <span className={`status status-${it.status.split(' ')[0]}`}>{it.status}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
