/**
 * Drawing a sampled J(A₀y + c₀) for a new map x = A′y′ + c′ without sampling and contouring it
 * again. Both describe the same J, so a point y of the old field is the point
 *   y′ = A′⁻¹(A₀y + c₀ − c′)
 * of the new one, and the old contours mapped by that affine map are exactly the new contours
 * (a level set of J is the same set of x whichever coordinates name it). Only two things limit
 * it: the old samples must cover the region now shown, and the map must not stretch the old grid
 * much (a stretched cell would show the contours' straight pieces).
 */
import { inverse, matmul, matvec, singularValues } from '../linalg/mat2';
import type { Mat2, Vec2 } from '../types';
import type { Domain2 } from './domain';

/** y′ = P y + p. */
export interface Map2 {
  P: Mat2;
  p: Vec2;
}

export interface SampledFrame {
  frame: { A: Mat2; c: Vec2 };
  /** The sampled box in the old coordinates y. */
  domain: Domain2;
}

/** How far the map may stretch or shrink the old grid before it is sampled again. */
export const MAX_STRETCH = 1.25;

/**
 * The map from the sampled field's coordinates to the new ones, when the field still covers
 * `view` (a box in the new coordinates) and stretches its grid by at most `maxStretch` either
 * way; null when it must be sampled again.
 */
export function reuseMap(
  old: SampledFrame,
  now: { A: Mat2; c: Vec2 },
  view: Domain2,
  maxStretch = MAX_STRETCH,
): Map2 | null {
  const nowInv = inverse(now.A);
  const oldInv = inverse(old.frame.A);
  if (!nowInv || !oldInv) return null;
  const P = matmul(nowInv, old.frame.A);
  const [s1, s2] = singularValues(P);
  if (!(s1 <= maxStretch && s2 >= 1 / maxStretch)) return null;
  // y = A₀⁻¹(A′y′ + c′ − c₀) for each corner of the view: the view is convex and the map affine,
  // so the corners inside the sampled box put the whole view inside it.
  const back = matmul(oldInv, now.A);
  const shift = matvec(oldInv, [now.c[0] - old.frame.c[0], now.c[1] - old.frame.c[1]]);
  const [[x0, x1], [y0, y1]] = old.domain;
  for (const u of view[0]) {
    for (const v of view[1]) {
      const [a, b] = matvec(back, [u, v]);
      const y: Vec2 = [a + shift[0], b + shift[1]];
      if (!(y[0] >= x0 && y[0] <= x1 && y[1] >= y0 && y[1] <= y1)) return null;
    }
  }
  const p = matvec(nowInv, [old.frame.c[0] - now.c[0], old.frame.c[1] - now.c[1]]);
  return { P, p };
}

/** The identity map (a field drawn in the coordinates it was sampled in). */
export const IDENTITY_MAP: Map2 = { P: [1, 0, 0, 1], p: [0, 0] };
