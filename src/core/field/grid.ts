/**
 * Sampling a scalar field for contour plots, and choosing its contour levels.
 */
import type { Objective2 } from '../types';
import type { Domain2 } from './domain';

/**
 * Evaluates an objective on an nx × ny grid over a domain, in sampleGrid's layout. A typed
 * objective brings one compiled for whole grids (much faster than a closure per point).
 */
export type GridEvaluator = (domain: Domain2, nx: number, ny: number) => Float64Array;

/**
 * f on an nx × ny lattice including the domain's edges, row-major: index j·nx + i holds
 * f(x_i, y_j) with x fastest and row j = 0 at y_min (flip rows for screen space).
 *
 * A hot path (a 256² grid per problem or per κ change), so coordinates are computed, not
 * stored, and `out` may be passed in to reuse a buffer.
 */
export function sampleGrid(
  f: (x: number, y: number) => number,
  domain: Domain2,
  nx: number,
  ny: number,
  out: Float64Array = new Float64Array(nx * ny),
): Float64Array {
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 2 || ny < 2) {
    throw new RangeError(`sampleGrid needs integer nx, ny ≥ 2, got ${nx}×${ny}`);
  }
  if (out.length !== nx * ny) throw new RangeError('sampleGrid: out has the wrong length');
  const [[x0, x1], [y0, y1]] = domain;
  const dx = (x1 - x0) / (nx - 1);
  const dy = (y1 - y0) / (ny - 1);
  for (let j = 0; j < ny; j++) {
    // The last row/column use the exact edge so the plot's extent matches the domain.
    const y = j === ny - 1 ? y1 : y0 + j * dy;
    const row = j * nx;
    for (let i = 0; i < nx; i++) out[row + i] = f(i === nx - 1 ? x1 : x0 + i * dx, y);
  }
  return out;
}

/**
 * An objective as (x, y) => J without allocating a tuple per point: one scratch tuple is reused
 * (objectives only read w during the call).
 */
export function objectiveXY(obj: Pick<Objective2, 'value'>): (x: number, y: number) => number {
  const w: [number, number] = [0, 0];
  return (x, y) => {
    w[0] = x;
    w[1] = y;
    return obj.value(w);
  };
}

/** 1, 2, 2.5, 5 × 10ᵏ: the step sizes that make readable contour labels. */
function niceStep(raw: number): number {
  const e = Math.floor(Math.log10(raw));
  const base = 10 ** e;
  const m = raw / base;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return nice * base;
}

/** Rounds to 2 significant digits, enough for a label while keeping log spacing. */
function round2(x: number): number {
  return Number(x.toPrecision(2));
}

/**
 * About n increasing contour levels for values (non-finite entries ignored).
 *
 * log: min + δ with δ log-spaced from the 1 % quantile of (value − min) to (max − min), each δ
 * rounded to 2 significant digits — for valleys like Rosenbrock's where J spans 4+ decades.
 * linear: multiples of a nice step between min and the 95 % quantile, so a few huge corner
 * values do not push every level into the corners.
 */
export function contourLevels(values: ArrayLike<number>, n: number, log: boolean): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`contourLevels needs n ≥ 1, got ${n}`);
  const buf = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) buf[m++] = v;
  }
  if (m === 0) return [];
  const sorted = buf.subarray(0, m).sort();
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (!(hi > lo)) return [];
  const quantile = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

  if (log) {
    const span = hi - lo;
    const first = Math.max(quantile(0.01) - lo, span * 1e-6);
    const levels: number[] = [];
    if (n === 1) return [lo + round2(first)];
    const ratio = Math.log(span / first);
    for (let k = 0; k < n; k++) {
      const delta = round2(first * Math.exp((ratio * k) / (n - 1)));
      const level = lo + delta;
      if (level < hi && (levels.length === 0 || level > levels[levels.length - 1])) {
        levels.push(level);
      }
    }
    return levels;
  }

  const top = quantile(0.95) > lo ? quantile(0.95) : hi;
  const step = niceStep((top - lo) / n);
  const levels: number[] = [];
  for (let k = Math.floor(lo / step) + 1; k * step <= top + 1e-9 * step; k++) levels.push(k * step);
  return levels;
}
