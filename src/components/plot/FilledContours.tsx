import { memo, useMemo } from 'react';
import {
  contourGridPaths,
  contourPaths,
  gridTransform,
  type GridField,
  type PlaneMap,
} from './contourPaths';
import { useScales } from './scales';
import { interpolateYlGnBu, OKABE_ITO, withAlpha } from '../palette';

interface Props {
  field: GridField;
  levels: readonly number[];
  /**
   * Draw as SVG paths instead of a raster: for fields that change with every drag (the w̃ and φ
   * views), where encoding and decoding a PNG per move costs more than painting a few paths.
   */
  vector?: boolean;
  /**
   * Vector only: where the field's coordinates land in the plot's (default: the same). A field
   * sampled through an earlier map is drawn for the current one without contouring it again.
   */
  toView?: PlaneMap;
}

const IDENTITY: PlaneMap = { P: [1, 0, 0, 1], p: [0, 0] };

const LINE = withAlpha(OKABE_ITO.black, 0.28);

/** Fill colour of band i of n: light, colour-blind-safe, low values pale. */
export const bandColor = (i: number, n: number) =>
  interpolateYlGnBu(0.04 + 0.62 * (i / Math.max(1, n - 1)));

/**
 * Filled contours with thin level lines, rasterized once per field into an <image>: the dense
 * vector paths would otherwise be repainted with every trajectory change (canvas for dense
 * fields, SVG for sparse marks). Embedding the raster in the SVG keeps SVG export whole. Fields
 * that change with every drag are drawn as paths instead (`vector`).
 */
export const FilledContours = memo(function FilledContours(props: Props) {
  return props.vector ? <VectorContours {...props} /> : <RasterContours {...props} />;
});

/**
 * Paths in grid coordinates placed by one transform: a new map or a resize changes an attribute,
 * not the paths. The level lines keep their width whatever the transform stretches.
 */
function VectorContours({ field, levels, toView = IDENTITY }: Props) {
  const s = useScales();
  const paths = useMemo(() => {
    const d = contourGridPaths(field, levels);
    return d.map((path, i) => (
      <path
        key={i}
        d={path}
        fill={bandColor(i + 1, d.length + 1)}
        stroke={LINE}
        strokeWidth={0.7}
        vectorEffect="non-scaling-stroke"
      />
    ));
  }, [field, levels]);
  return (
    <g className="filled-contours" aria-hidden="true" data-testid="filled-contours-vector">
      <rect width={s.innerWidth} height={s.innerHeight} fill={bandColor(0, paths.length + 1)} />
      <g transform={gridTransform(field, toView, s)}>{paths}</g>
    </g>
  );
}

function RasterContours({ field, levels }: Props) {
  const s = useScales();
  const paths = useMemo(() => contourPaths(field, levels, s), [field, levels, s]);
  const href = useMemo(() => rasterize(paths, s), [paths, s]);
  return (
    <image
      className="filled-contours"
      href={href}
      width={s.innerWidth}
      height={s.innerHeight}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="filled-contours"
    />
  );
}

function rasterize(paths: string[], s: { innerWidth: number; innerHeight: number }): string {
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(s.innerWidth * dpr);
  canvas.height = Math.round(s.innerHeight * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.scale(dpr, dpr);
  ctx.fillStyle = bandColor(0, paths.length + 1);
  ctx.fillRect(0, 0, s.innerWidth, s.innerHeight);
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 0.7;
  paths.forEach((d, i) => {
    const p = new Path2D(d);
    ctx.fillStyle = bandColor(i + 1, paths.length + 1);
    ctx.fill(p);
    ctx.stroke(p);
  });
  return canvas.toDataURL('image/png');
}
