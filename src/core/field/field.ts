/**
 * Contour fields: J sampled over a view with its contour levels, the key that names one, and the
 * field of J(Ay + c) over a view in new coordinates (drawn with the original levels, so equal
 * colours mean equal values of J). Panels keep the fields they have by key, so a request that
 * names the field the panel already holds gets none back.
 */
import { prefersLogLevels } from '../expr/levels';
import type { Memo } from '../memo';
import type { Mat2, Objective2, Vec2 } from '../types';
import type { Domain2 } from './domain';
import { contourLevels, objectiveXY, sampleGrid, type GridEvaluator } from './grid';

export interface Field {
  key: string;
  nx: number;
  ny: number;
  domain: Domain2;
  /** Row-major, x fastest, y from domain min upward. */
  values: Float64Array;
  levels: number[];
}

/** What names an objective's field: its problem, the numbers that shape it, its resolution. */
export interface FieldKeyRequest {
  problem: string;
  kappa: number;
  fieldResolution: number;
}

/**
 * Equal keys mean an identical field. Only the quadratic has a shape (κ, and in Preconditioning
 * also its angle: pass them as `quadraticShape`); a typed objective adds its expression and view
 * box, since both change the picture.
 */
export function fieldKey(
  req: FieldKeyRequest,
  custom?: { f: string; domain: Domain2 },
  quadraticShape: readonly number[] = [req.kappa],
): string {
  const q = req.problem === 'quadratic' ? quadraticShape.map((v) => `:${v}`).join('') : '';
  const c = custom ? `:${custom.f}:${custom.domain.flat().join(',')}` : '';
  return `${req.problem}${q}${c}@${req.fieldResolution}`;
}

/**
 * J on its own domain with its contour levels. A typed objective brings its own grid evaluator
 * and no level preference: log levels are chosen from its values.
 */
export function buildField(obj: Objective2, key: string, res: number, grid?: GridEvaluator): Field {
  const values = grid
    ? grid(obj.domain, res, res)
    : sampleGrid(objectiveXY(obj), obj.domain, res, res);
  return {
    key,
    nx: res,
    ny: res,
    domain: obj.domain,
    values,
    levels: contourLevels(values, 14, grid ? prefersLogLevels(values) : obj.logLevels),
  };
}

/**
 * buildField kept in `memo` per key: the field does not change while R or M is dragged. Callers
 * must copy `values` before sending them.
 */
export function objectiveField(
  memo: Memo,
  obj: Objective2,
  key: string,
  res: number,
  grid?: GridEvaluator,
): Field {
  return memo.get(`field|${key}`, () => buildField(obj, key, res, grid));
}

export interface TransformedField {
  /** Identifies the picture (problem, A, c, sampled box): equal keys mean an identical field. */
  key: string;
  /** The objective's field key: fields of the same problem share their contour levels. */
  problem: string;
  /** The sampled box in y, which holds `view` (with a margin when one was asked for). */
  domain: Domain2;
  /** The region of y that is shown. */
  view: Domain2;
  /** The map x = Ay + c the values were sampled through. */
  frame: { A: Mat2; c: Vec2 };
  nx: number;
  ny: number;
  /** J(Ay + c) on the grid of `domain`, row-major, x fastest. */
  values: Float64Array;
}

/** `view` widened about its centre by `pad` (1: unchanged). */
export function padDomain(view: Domain2, pad: number): Domain2 {
  return view.map(([lo, hi]) => {
    const mid = 0.5 * (lo + hi);
    const half = 0.5 * pad * (hi - lo);
    return [mid - half, mid + half];
  }) as unknown as Domain2;
}

/**
 * J(Ay + c) sampled over a view of the y coordinates; `problemKey` names the objective. With
 * `pad` > 1 the samples reach beyond the view, so that a slightly different map later can still
 * be drawn from them (see core/field/reuse.ts).
 */
export function transformedField(
  obj: Pick<Objective2, 'value'>,
  problemKey: string,
  T: { A: Mat2; c: Vec2 },
  view: Domain2,
  res: number,
  pad = 1,
): TransformedField {
  const domain = pad === 1 ? view : padDomain(view, pad);
  const key = JSON.stringify([problemKey, T.A, T.c, domain, res]);
  const { A, c } = T;
  const w: [number, number] = [0, 0];
  const f = (y1: number, y2: number) => {
    w[0] = A[0] * y1 + A[1] * y2 + c[0];
    w[1] = A[2] * y1 + A[3] * y2 + c[1];
    return obj.value(w);
  };
  const values = sampleGrid(f, domain, res, res);
  return { key, problem: problemKey, domain, view, frame: { A, c }, nx: res, ny: res, values };
}
