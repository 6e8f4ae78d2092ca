import type { GridField } from '../../components/plot/contourPaths';

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
