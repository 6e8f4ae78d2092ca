import { describe, expect, it } from 'vitest';
import { contourGridPaths, contourPaths, gridTransform, type GridField } from './contourPaths';
import { scaleLinear } from './scale';
import type { PlotScales } from './scales';

const scales = (domain: GridField['domain']): PlotScales => ({
  x: scaleLinear().domain(domain[0]).range([0, 300]),
  y: scaleLinear().domain(domain[1]).range([200, 0]),
  innerWidth: 300,
  innerHeight: 200,
});

/** x² + 2y² on a grid over `domain`. */
function bowl(domain: GridField['domain'], n = 21): GridField {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const x = domain[0][0] + ((domain[0][1] - domain[0][0]) * i) / (n - 1);
      const y = domain[1][0] + ((domain[1][1] - domain[1][0]) * j) / (n - 1);
      values[j * n + i] = x * x + 2 * y * y;
    }
  return { nx: n, ny: n, domain, values };
}

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

/** Applies an SVG matrix(a b c d e f) to a point. */
function apply(t: string, [gx, gy]: [number, number]): [number, number] {
  const [a, b, c, d, e, f] = t.slice(7, -1).split(' ').map(Number);
  return [a * gx + c * gy + e, b * gx + d * gy + f];
}

describe('contour paths in grid coordinates', () => {
  const domain = [
    [-2, 2],
    [-1, 3],
  ] as const;
  const field = bowl(domain);
  const s = scales(domain);

  it('placed by gridTransform land where the pixel paths are', () => {
    const levels = [0.5, 2, 5];
    const px = contourPaths(field, levels, s);
    const grid = contourGridPaths(field, levels);
    const t = gridTransform(field, { P: [1, 0, 0, 1], p: [0, 0] }, s);
    grid.forEach((d, k) => {
      const g = numbers(d);
      const want = numbers(px[k]);
      expect(g.length).toBe(want.length);
      for (let i = 0; i < g.length; i += 2) {
        const [x, y] = apply(t, [g[i], g[i + 1]]);
        expect(Math.abs(x - want[i])).toBeLessThan(0.15); // both are rounded: 0.05 px and 0.005 grid units
        expect(Math.abs(y - want[i + 1])).toBeLessThan(0.15); // both are rounded: 0.05 px and 0.005 grid units
      }
    });
  });

  it('through a map y′ = Py + p: a sample point lands at the scaled image of its coordinates', () => {
    const toView = { P: [1.1, 0.2, -0.3, 0.9] as const, p: [0.4, -0.2] as const };
    const t = gridTransform(field, toView, s);
    // Sample (i, j) sits at grid coordinate (i + ½, j + ½) and at domain point (x_i, y_j).
    const [i, j] = [5, 12];
    const y = [-2 + (4 * i) / 20, -1 + (4 * j) / 20];
    const yv = [1.1 * y[0] + 0.2 * y[1] + 0.4, -0.3 * y[0] + 0.9 * y[1] - 0.2];
    const [px, py] = apply(t, [i + 0.5, j + 0.5]);
    expect(px).toBeCloseTo(s.x(yv[0]), 9);
    expect(py).toBeCloseTo(s.y(yv[1]), 9);
  });
});
