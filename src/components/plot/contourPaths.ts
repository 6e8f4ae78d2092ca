import { contours, type ContourMultiPolygon } from 'd3-contour';
import type { PlotScales } from './scales';
import type { Domain } from './Plot2D';

export interface GridField {
  nx: number;
  ny: number;
  domain: Domain;
  values: Float64Array;
}

/**
 * SVG path data for each threshold's region (values ≥ level). d3-contour puts sample i at grid
 * coordinate i + ½, so grid coordinates map back to the sampled domain with a half-cell shift.
 */
export function contourPaths(field: GridField, levels: readonly number[], s: PlotScales): string[] {
  const { domain } = field;
  const dx = (domain[0][1] - domain[0][0]) / (field.nx - 1);
  const dy = (domain[1][1] - domain[1][0]) / (field.ny - 1);
  const px = (g: number) => s.x(domain[0][0] + (g - 0.5) * dx).toFixed(1);
  const py = (g: number) => s.y(domain[1][0] + (g - 0.5) * dy).toFixed(1);
  return regions(field, levels).map((mp) => pathData(mp, px, py));
}

/**
 * The same regions in grid coordinates (sample i at i + ½), to be placed by a transform
 * (gridTransform): a field drawn at another scale or through another map keeps its paths.
 */
export function contourGridPaths(field: GridField, levels: readonly number[]): string[] {
  const g = (v: number) => v.toFixed(2);
  return regions(field, levels).map((mp) => pathData(mp, g, g));
}

/** Row-major 2×2 P and offset p of y′ = P y + p. */
export interface PlaneMap {
  P: readonly [number, number, number, number];
  p: readonly [number, number];
}

/**
 * The SVG matrix(a b c d e f) that takes grid coordinates of `field` to pixels: grid → the
 * field's coordinates → (through `toView`) the plot's coordinates → the plot's scales.
 */
export function gridTransform(field: GridField, toView: PlaneMap, s: PlotScales): string {
  const { domain } = field;
  const dx = (domain[0][1] - domain[0][0]) / (field.nx - 1);
  const dy = (domain[1][1] - domain[1][0]) / (field.ny - 1);
  const kx = s.x(1) - s.x(0);
  const ky = s.y(1) - s.y(0);
  const { P, p } = toView;
  const gx0 = domain[0][0] - 0.5 * dx;
  const gy0 = domain[1][0] - 0.5 * dy;
  const m = [kx * P[0] * dx, ky * P[2] * dx, kx * P[1] * dy, ky * P[3] * dy];
  const e = kx * (P[0] * gx0 + P[1] * gy0 + p[0]) + s.x(0);
  const f = ky * (P[2] * gx0 + P[3] * gy0 + p[1]) + s.y(0);
  return `matrix(${[...m, e, f].join(' ')})`;
}

/** d3-contour's regions (values ≥ level) per level; non-finite samples stay unfilled. */
function regions(field: GridField, levels: readonly number[]): ContourMultiPolygon[] {
  const { nx, ny, values } = field;
  // Non-finite samples are d3-contour's undefined regions (NaN): they stay unfilled.
  const finite = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    finite[i] = Number.isFinite(v) ? v : Number.NaN;
  }
  return contours()
    .size([nx, ny])
    .thresholds(levels as number[])(finite);
}

function pathData(
  mp: ContourMultiPolygon,
  px: (g: number) => string,
  py: (g: number) => string,
): string {
  let d = '';
  for (const poly of mp.coordinates) {
    for (const ring of poly) {
      ring.forEach(([gx, gy], i) => {
        d += `${i === 0 ? 'M' : 'L'}${px(gx)},${py(gy)}`;
      });
      d += 'Z';
    }
  }
  return d;
}
