import { GREY } from '../palette';
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'star';

interface Props {
  x: number;
  y: number;
  shape: MarkerShape;
  color: string;
  size?: number;
  title?: string;
}

const n = (v: number) => Math.round(v * 10) / 10;

/** A circle of radius r about (x, y) as two arcs. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${n(x - r)},${n(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/**
 * One marker's path data: every shape is a path, so the markers of a whole run can share one
 * element (Trajectory), which a slider step then updates with one attribute.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, s: number): string {
  switch (shape) {
    case 'circle':
      return circlePath(x, y, s * 0.8);
    case 'square': {
      const h = s * 0.7;
      return `M${n(x - h)},${n(y - h)}h${2 * h}v${2 * h}h${-2 * h}Z`;
    }
    case 'diamond':
      return `M${n(x)},${n(y - s)}L${n(x + s)},${n(y)}L${n(x)},${n(y + s)}L${n(x - s)},${n(y)}Z`;
    case 'triangle':
      return `M${n(x)},${n(y - s)}L${n(x + s)},${n(y + s * 0.8)}L${n(x - s)},${n(y + s * 0.8)}Z`;
    case 'cross':
      return `M${n(x - s)},${n(y - s)}L${n(x + s)},${n(y + s)}M${n(x - s)},${n(y + s)}L${n(x + s)},${n(y - s)}`;
    case 'star': {
      let d = '';
      for (let i = 0; i < 10; i++) {
        const r = i % 2 ? s * 0.45 : s * 1.1;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        d += `${i ? 'L' : 'M'}${n(x + r * Math.cos(a))},${n(y + r * Math.sin(a))}`;
      }
      return `${d}Z`;
    }
  }
}

/**
 * How a marker path is painted: filled with a white edge, except the cross, which is only a
 * stroke. The edge is painted under the fill (paint-order), so overlapping markers of one run
 * merge into one shape with one white outline, whether drawn as one element or many.
 */
export function markerPaint(shape: MarkerShape, color: string) {
  return shape === 'cross'
    ? { fill: 'none', stroke: color, strokeWidth: 2.5 }
    : { fill: color, stroke: GREY.white, strokeWidth: 1.8, paintOrder: 'stroke' as const };
}

/** Point markers with distinct shapes, so meaning never depends on colour alone. */
export function Marker({ x, y, shape, color, size = 5, title }: Props) {
  const el = <path d={markerPath(shape, x, y, size)} {...markerPaint(shape, color)} />;
  return title ? (
    <g>
      <title>{title}</title>
      {el}
    </g>
  ) : (
    el
  );
}
