/**
 * Contour fields for the two side-by-side plots: J over the original view (memoized per problem,
 * as it does not change while R or M is dragged) and J(Ay + c) over a view in the new
 * coordinates, drawn with the same levels so equal colours mean equal values of J.
 */
import type { CustomInfo, Field, GridEvaluator } from '../newton/compute';
import { prefersLogLevels } from '../expr/levels';
import { contourLevels, objectiveXY, sampleGrid } from '../field/grid';
import type { Objective2, Vec2 } from '../types';
import type { Affine2 } from './affine';

export type Domain2 = Field['domain'];

const memo = new Map<string, Field>();

/** What makes a typed objective's field unique: the expression and its view box. */
export function customKeyPart(info: Pick<CustomInfo, 'f' | 'domain'> | undefined): string {
  return info ? `:${info.f}:${info.domain.flat().join(',')}` : '';
}

/**
 * J on its own domain with its contour levels; computed once per key. A typed objective brings
 * its own grid evaluator (much faster than point-by-point closures) and no level preference.
 */
export function objectiveField(
  obj: Objective2,
  key: string,
  res: number,
  grid?: GridEvaluator,
): Field {
  const hit = memo.get(key);
  if (hit) return hit;
  const values = grid
    ? grid(obj.domain, res, res)
    : sampleGrid(objectiveXY(obj), obj.domain, res, res);
  const field: Field = {
    key,
    nx: res,
    ny: res,
    domain: obj.domain,
    values,
    levels: contourLevels(values, 14, grid ? prefersLogLevels(values) : obj.logLevels),
  };
  memo.set(key, field);
  if (memo.size > 12) memo.delete(memo.keys().next().value as string);
  return field;
}

export interface TransformedField {
  /** Identifies the picture (problem, A, c, view): equal keys mean an identical field. */
  key: string;
  domain: Domain2;
  nx: number;
  ny: number;
  /** J(Ay + c) on the grid of `domain`, row-major, x fastest. */
  values: Float64Array;
}

/** J(Ay + c) sampled over a view of the y coordinates; `problemKey` names the objective. */
export function transformedField(
  obj: Pick<Objective2, 'value'>,
  problemKey: string,
  T: Affine2,
  domain: Domain2,
  res: number,
): TransformedField {
  const key = JSON.stringify([problemKey, T.A, T.c, domain, res]);
  const { A, c } = T;
  const w: [number, number] = [0, 0];
  const f = (y1: number, y2: number) => {
    w[0] = A[0] * y1 + A[1] * y2 + c[0];
    w[1] = A[2] * y1 + A[3] * y2 + c[1];
    return obj.value(w);
  };
  return { key, domain, nx: res, ny: res, values: sampleGrid(f, domain, res, res) };
}

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
