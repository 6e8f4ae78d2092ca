/**
 * Clipping a polyline in pixel space to a box, so trajectories that diverge (iterates up to
 * 1e300) are drawn only as far as they can be seen, keeping their direction. Drawing a (dashed)
 * line out to ±1e5 px instead made each frame take seconds in a software rasterizer.
 */
export type Box = readonly [x0: number, x1: number, y0: number, y1: number];
type P = readonly [number, number];

/** Liang–Barsky: the part of segment a → b inside the box, as parameters [t0, t1], or null. */
function clipSegment(a: P, b: P, [x0, x1, y0, y1]: Box): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** SVG path data of the polyline through `pts`, clipped to `box`; non-finite points end it. */
export function clippedPathData(pts: readonly P[], box: Box): string {
  let d = '';
  let penAt: P | null = null;
  const at = (a: P, b: P, t: number): P => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  const f = (p: P) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`;
  if (pts.length === 1) {
    const [x, y] = pts[0];
    return x >= box[0] && x <= box[1] && y >= box[2] && y <= box[3] ? `M${f(pts[0])}` : '';
  }
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (![a[0], a[1], b[0], b[1]].every(Number.isFinite)) break;
    const c = clipSegment(a, b, box);
    if (!c) {
      penAt = null;
      continue;
    }
    const s = at(a, b, c[0]);
    const e = at(a, b, c[1]);
    if (!penAt || penAt[0] !== s[0] || penAt[1] !== s[1]) d += `M${f(s)}`;
    d += `L${f(e)}`;
    penAt = c[1] === 1 ? b : null;
  }
  return d;
}

export function insideBox(p: P, [x0, x1, y0, y1]: Box): boolean {
  return p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
}
