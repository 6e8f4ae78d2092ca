import { contours } from 'd3-contour';
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
  const { nx, ny, domain, values } = field;
  // Non-finite samples are "undefined" regions: push them above every level so they stay unfilled.
  const finite = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    finite[i] = Number.isFinite(v) ? v : Number.NaN;
  }
  const gen = contours()
    .size([nx, ny])
    .thresholds(levels as number[]);
  const dx = (domain[0][1] - domain[0][0]) / (nx - 1);
  const dy = (domain[1][1] - domain[1][0]) / (ny - 1);
  const px = (g: number) => s.x(domain[0][0] + (g - 0.5) * dx);
  const py = (g: number) => s.y(domain[1][0] + (g - 0.5) * dy);
  return gen(Array.from(finite)).map((mp) => {
    let d = '';
    for (const poly of mp.coordinates) {
      for (const ring of poly) {
        ring.forEach(([gx, gy], i) => {
          d += `${i === 0 ? 'M' : 'L'}${px(gx).toFixed(1)},${py(gy).toFixed(1)}`;
        });
        d += 'Z';
      }
    }
    return d;
  });
}
