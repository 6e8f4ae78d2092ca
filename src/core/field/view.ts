/**
 * Views that stay put: a square box around some points, snapped so that a slider drag moving the
 * points a little keeps the same view (and the plot need not be redrawn).
 */
import type { Vec2 } from '../types';
import type { Domain2 } from './domain';

/** 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ: the smallest of these ≥ v. */
function niceCeil(v: number): number {
  const e = 10 ** Math.floor(Math.log10(v));
  const m = v / e;
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s >= m - 1e-12) ?? 10;
  return step * e;
}

/**
 * A square view around `points` (non-finite ones skipped), padded by 25 % and at least 2·minHalf
 * wide, with equal scales on both axes so circles look round. Its size is rounded up to a nice
 * number and its centre snapped to an eighth of that, so small changes of the points (a slider
 * drag) usually keep the same view and the plot does not need to be redrawn.
 */
export function squareAround(points: readonly Vec2[], minHalf: number): Domain2 {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!(x1 >= x0)) {
    x0 = x1 = y0 = y1 = 0;
  }
  const raw = Math.max(minHalf, 0.5 * 1.25 * Math.max(x1 - x0, y1 - y0));
  const half = niceCeil(raw > 0 && Number.isFinite(raw) ? raw : 1);
  const q = half / 8;
  const cx = q * Math.round((0.5 * (x0 + x1)) / q);
  const cy = q * Math.round((0.5 * (y0 + y1)) / q);
  // Snapping moves the centre by ≤ q/2; the padding above leaves room for that.
  return [
    [cx - half, cx + half],
    [cy - half, cy + half],
  ];
}

/** Whether w lies inside the domain grown by `factor` about its centre (blow-ups excluded). */
export function nearDomain(domain: Domain2, w: Vec2, factor = 3): boolean {
  const [[a, b], [c, d]] = domain;
  const hx = 0.5 * (b - a) * factor;
  const hy = 0.5 * (d - c) * factor;
  return Math.abs(w[0] - 0.5 * (a + b)) <= hx && Math.abs(w[1] - 0.5 * (c + d)) <= hy;
}
