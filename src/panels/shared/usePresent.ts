import { useStore } from '../../state/store';

/**
 * Whether presenter mode is on. Figures that cap their size for reading use it to take the
 * whole height the presenter stage gives them instead.
 */
export function usePresent(): boolean {
  return useStore((s) => (s.panel ? s.params[s.panel]?.present === '1' : false));
}

/**
 * On the stage, a heatmap's title and colour bar sit in a column of this width (px, gap
 * included) beside its square instead of above and below it (src/app/stage.css), so the
 * square can take the screen's full height.
 */
export const STAGE_LEGEND_COL = 224;

/** Padding (2 × 0.8rem at 20 px) and border (2 × 2 px) of a secondary view on the stage, px. */
export const STAGE_OVERLAY_INSET = 40;
