import type { GridField } from '../../components/plot/contourPaths';
import type { Domain2 } from '../../core/field/domain';
import { padDomain, type TransformedField } from '../../core/field/field';
import { IDENTITY_MAP, MAX_STRETCH, reuseMap, type Map2 } from '../../core/field/reuse';

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
  /**
   * The field is shown through a map past the comfortable limits (its grid stretched more than
   * MAX_STRETCH, or the view near the samples' edge): the newest samples should be adopted once
   * this frame is shown.
   */
  due: boolean;
}

/** Past MAX_STRETCH, how far a map may stretch the old grid for the frame before a refresh. */
export const HARD_STRETCH = 2;
/** The view, grown by this factor, should lie inside the samples (else a refresh is due). */
const MARGIN = 1.1;

/**
 * Keeps drawing the last sampled J(A₀y + c₀) while it still covers the current view through the
 * current map (core/field/reuse.ts): a slider that changes the map then moves one transform
 * instead of contouring a new field in the frame of the change. Near the limits the field stays
 * (the map is exact, only the grid is coarser) and `due` asks for `adopt` after the frame, so
 * re-contouring never delays a frame; only a view outside the samples is contoured at once. The
 * field object (and so its contour paths) and the view object stay the same while their
 * contents do.
 */
export function createReusedField() {
  let base: { sampled: TransformedField; field: GridField } | null = null;
  let view: Domain2 | null = null;
  const adopt = (f: TransformedField) => {
    base = { sampled: f, field: { nx: f.nx, ny: f.ny, domain: f.domain, values: f.values } };
  };
  const place = (f: TransformedField | null): PlacedField | null => {
    if (!f) return null;
    if (!view || view.flat().join() !== f.view.flat().join()) view = f.view;
    if (base && base.sampled.problem === f.problem) {
      const comfortable = reuseMap(base.sampled, f.frame, padDomain(view, MARGIN), MAX_STRETCH);
      const m = comfortable ?? reuseMap(base.sampled, f.frame, view, HARD_STRETCH);
      if (m) return { field: base.field, toView: m, view, due: comfortable === null };
    }
    adopt(f);
    return { field: base!.field, toView: IDENTITY_MAP, view, due: false };
  };
  return Object.assign(place, { adopt });
}
