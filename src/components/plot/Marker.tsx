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

/** Point markers with distinct shapes, so meaning never depends on colour alone. */
export function Marker({ x, y, shape, color, size = 5, title }: Props) {
  const s = size;
  const common = { fill: color, stroke: GREY.white, strokeWidth: 1.2 };
  let el;
  switch (shape) {
    case 'circle':
      el = <circle cx={x} cy={y} r={s * 0.8} {...common} />;
      break;
    case 'square':
      el = <rect x={x - s * 0.7} y={y - s * 0.7} width={s * 1.4} height={s * 1.4} {...common} />;
      break;
    case 'diamond':
      el = <path d={`M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`} {...common} />;
      break;
    case 'triangle':
      el = (
        <path d={`M${x},${y - s}L${x + s},${y + s * 0.8}L${x - s},${y + s * 0.8}Z`} {...common} />
      );
      break;
    case 'cross':
      el = (
        <path
          d={`M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
      break;
    case 'star': {
      let d = '';
      for (let i = 0; i < 10; i++) {
        const r = i % 2 ? s * 0.45 : s * 1.1;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        d += `${i ? 'L' : 'M'}${x + r * Math.cos(a)},${y + r * Math.sin(a)}`;
      }
      el = <path d={`${d}Z`} {...common} />;
      break;
    }
  }
  return title ? (
    <g>
      <title>{title}</title>
      {el}
    </g>
  ) : (
    el
  );
}
