import type { MarkerShape } from './plot/Marker';

export interface LegendItem {
  label: string;
  color: string;
  dash?: string;
  marker?: MarkerShape;
  status?: string;
}

/** Legend with line style and marker, so every series is identifiable without colour. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((it) => (
        <li key={it.label}>
          <svg width={34} height={14} aria-hidden="true">
            <line
              x1={2}
              x2={32}
              y1={7}
              y2={7}
              stroke={it.color}
              strokeWidth={2.5}
              strokeDasharray={it.dash || undefined}
            />
          </svg>
          <span>{it.label}</span>
          {it.status && (
            <span className={`status status-${it.status.split(' ')[0]}`}>{it.status}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
