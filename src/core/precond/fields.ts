/**
 * Contour fields for the two side-by-side plots: J over the original view (memoized per problem,
 * as it does not change while R or M is dragged) and J(Ay + c) over a view in the new
 * coordinates, drawn with the same levels so equal colours mean equal values of J.
 */
import type { Field } from '../compute/opt2d';
import { contourLevels, objectiveXY, sampleGrid } from '../grid';
import type { Objective2, Vec2 } from '../types';
import type { Affine2 } from './affine';

export type Domain2 = Field['domain'];

const memo = new Map<string, Field>();

/** J on its own domain with its contour levels; computed once per key. */
export function objectiveField(obj: Objective2, key: string, res: number): Field {
  const hit = memo.get(key);
  if (hit) return hit;
  const values = sampleGrid(objectiveXY(obj), obj.domain, res, res);
  const field: Field = {
    key,
    nx: res,
    ny: res,
    domain: obj.domain,
    values,
    levels: contourLevels(values, 14, obj.logLevels),
  };
  memo.set(key, field);
  if (memo.size > 12) memo.delete(memo.keys().next().value as string);
  return field;
}

export interface TransformedField {
  domain: Domain2;
  nx: number;
  ny: number;
  /** J(Ay + c) on the grid of `domain`, row-major, x fastest. */
  values: Float64Array;
}

/** J(Ay + c) sampled over a view of the y coordinates. */
export function transformedField(
  obj: Pick<Objective2, 'value'>,
  T: Affine2,
  domain: Domain2,
  res: number,
): TransformedField {
  const { A, c } = T;
  const w: [number, number] = [0, 0];
  const f = (y1: number, y2: number) => {
    w[0] = A[0] * y1 + A[1] * y2 + c[0];
    w[1] = A[2] * y1 + A[3] * y2 + c[1];
    return obj.value(w);
  };
  return { domain, nx: res, ny: res, values: sampleGrid(f, domain, res, res) };
}

/**
 * The smallest square around `points` (non-finite ones skipped), padded by 25 % and at least
 * 2·minHalf wide: a view with equal scales on both axes, so circles look round.
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
  if (!(x1 >= x0))
    return [
      [-minHalf, minHalf],
      [-minHalf, minHalf],
    ];
  const cx = 0.5 * (x0 + x1);
  const cy = 0.5 * (y0 + y1);
  const half = Math.max(minHalf, 0.5 * 1.25 * Math.max(x1 - x0, y1 - y0));
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
