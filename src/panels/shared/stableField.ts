import type { GridField } from '../../components/plot/contourPaths';
import type { Domain2 } from '../../core/field/domain';
import type { TransformedField } from '../../core/field/field';
import { IDENTITY_MAP, reuseMap, type Map2 } from '../../core/field/reuse';

/**
 * Returns the same GridField object while the field's key is unchanged, so memoized contour
 * layers (FilledContours rasterizes once per field object) are not redrawn when only the
 * trajectories changed.
 */
export function createStableField() {
  let last: { key: string; field: GridField } | null = null;
  return (f: (GridField & { key: string }) | null): GridField | null => {
    if (!f) return null;
    if (last?.key !== f.key) {
      last = { key: f.key, field: { nx: f.nx, ny: f.ny, domain: f.domain, values: f.values } };
    }
    return last.field;
  };
}

/** A sampled field to draw, placed in the current coordinates by `toView`, over `view`. */
export interface PlacedField {
  field: GridField;
  toView: Map2;
  view: Domain2;
}

/**
 * Keeps drawing the last sampled J(A₀y + c₀) while it still covers the current view through the
 * current map (core/field/reuse.ts): a slider that changes the map then moves one transform
 * instead of contouring a new field in the frame of the change. The field object (and so its
 * contour paths) and the view object stay the same while their contents do.
 */
export function createReusedField() {
  let base: { sampled: TransformedField; field: GridField } | null = null;
  let view: Domain2 | null = null;
  return (f: TransformedField | null): PlacedField | null => {
    if (!f) return null;
    if (!view || view.flat().join() !== f.view.flat().join()) view = f.view;
    const m =
      base && base.sampled.problem === f.problem ? reuseMap(base.sampled, f.frame, view) : null;
    if (base && m) return { field: base.field, toView: m, view };
    base = { sampled: f, field: { nx: f.nx, ny: f.ny, domain: f.domain, values: f.values } };
    return { field: base.field, toView: IDENTITY_MAP, view };
  };
}
