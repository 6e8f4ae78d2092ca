/**
 * The keyboard crosshair of predict mode, React-free: arrow keys move it by a fraction of the
 * plotted view (so a step means the same on every problem and zoom), Shift for fine steps, and it
 * never leaves the view.
 */
import type { Vec2 } from '../../../core/types';

export type ViewBox = readonly [readonly [number, number], readonly [number, number]];

/** Fractions of the view's width/height one arrow key moves: normal and with Shift (fine). */
export const KEY_STEP = { normal: 0.02, fine: 0.0025 } as const;

const ARROWS: Record<string, Vec2> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export const isArrow = (key: string) => key in ARROWS;

const clamp = (v: number, [a, b]: readonly [number, number]) =>
  Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b));

/** A point moved into the view. */
export function clampToView(w: Vec2, view: ViewBox): Vec2 {
  return [clamp(w[0], view[0]), clamp(w[1], view[1])];
}

/** The crosshair after an arrow key (up = +w₂), or null for any other key. */
export function moveCursor(at: Vec2, key: string, fine: boolean, view: ViewBox): Vec2 | null {
  const dir = ARROWS[key];
  if (!dir) return null;
  const f = fine ? KEY_STEP.fine : KEY_STEP.normal;
  const dx = Math.abs(view[0][1] - view[0][0]) * f;
  const dy = Math.abs(view[1][1] - view[1][0]) * f;
  return clampToView([at[0] + dir[0] * dx, at[1] + dir[1] * dy], view);
}

/** Superscript digits for iterate indices in plain text: w⁽¹²⁾. */
export function sup(n: number): string {
  return String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
}

/** An iterate's name in plain text: w⁽ᵏ⁾ with the number, e.g. `w⁽³⁾`, `θ⁽⁰⁾`. */
export const iterateName = (sym: string, k: number) => `${sym}⁽${sup(k)}⁾`;
