import type { Vec2 } from '../../core/types';
import { useScales } from '../../components/plot/scales';
import type { Domain } from '../../components/plot/Plot2D';
import { applyAffine, invertAffine, type Affine2 } from '../../core/precond/affine';
import { GREY } from '../../components/palette';

/** The four corners of a view box, counter-clockwise. */
export function corners(d: Domain): Vec2[] {
  return [
    [d[0][0], d[1][0]],
    [d[0][1], d[1][0]],
    [d[0][1], d[1][1]],
    [d[0][0], d[1][1]],
  ];
}

/** Corners of view `d` (in the new coordinates y) mapped into x = Ay + c. */
export const cornersForward = (T: Affine2, d: Domain) => corners(d).map((p) => applyAffine(T, p));

/** Corners of view `d` (in x) mapped back into y = A⁻¹(x − c); null when A is singular. */
export function cornersBack(T: Affine2, d: Domain): Vec2[] | null {
  const out = corners(d).map((p) => invertAffine(T, p));
  return out.every((p) => p !== null) ? (out as Vec2[]) : null;
}

/** Height of a Plot2D whose inner area has the aspect ratio of `d` (equal scales on both axes). */
export function equalAspectHeight(d: Domain, width: number): number {
  const ratio = (d[1][1] - d[1][0]) / (d[0][1] - d[0][0]);
  // Plot2D's margins: 66 px horizontally, 54 px vertically.
  return Math.round(54 + Math.max(50, width - 66) * ratio);
}

/**
 * The other plot's view as seen in this one: a dashed parallelogram, so a student can see which
 * region of one space the other plot shows.
 */
export function ViewOutline({ points, label }: { points: Vec2[] | null; label: string }) {
  const { x, y } = useScales();
  if (!points) return null;
  const lim = (v: number) => Math.max(-1e5, Math.min(1e5, v));
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${lim(x(p[0]))},${lim(y(p[1]))}`).join('') + 'Z';
  return (
    <path d={d} fill="none" stroke={GREY.frame} strokeWidth={1.5} strokeDasharray="6 4">
      <title>{label}</title>
    </path>
  );
}
