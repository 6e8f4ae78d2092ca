/**
 * Geometry of covariance ellipses {v : vᵀ M⁻¹ v = r²} for a 2 × 2 symmetric PSD matrix M: the
 * set a Gaussian N(0, M) puts its "r standard deviations" contour on. Semi-axes are r√λ along the
 * eigenvectors of M, so a larger variance (more curvature, for a Fisher) means a longer axis.
 */
import { symEig } from '../../core/linalg/mat2';
import type { Mat2 } from '../../core/types';

/** n + 1 points around the ellipse (closed), or null if M is not a finite PSD matrix. */
export function ellipsePoints(
  M: Mat2,
  radius: number,
  n = 96,
  center: readonly [number, number] = [0, 0],
): Array<[number, number]> | null {
  if (!M.every(Number.isFinite)) return null;
  const { values, vectors } = symEig(M);
  // Round-off can make a rank-1 matrix's small eigenvalue −1e−17: treat that as a flat ellipse.
  const tol = 1e-12 * Math.max(Math.abs(values[1]), 1e-300);
  if (values[0] < -tol || !(values[1] > 0)) return null;
  const a = radius * Math.sqrt(Math.max(0, values[1]));
  const b = radius * Math.sqrt(Math.max(0, values[0]));
  const [u, v] = [vectors[1], vectors[0]];
  const pts: Array<[number, number]> = [];
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    pts.push([center[0] + a * c * u[0] + b * s * v[0], center[1] + a * c * u[1] + b * s * v[1]]);
  }
  return pts;
}

/** SVG path data of the ellipse through pixel scales; '' when it cannot be drawn. */
export function ellipsePathD(
  M: Mat2,
  radius: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
  center: readonly [number, number] = [0, 0],
): string {
  const pts = ellipsePoints(M, radius, 96, center);
  if (!pts) return '';
  let d = '';
  for (let i = 0; i < pts.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${sx(pts[i][0]).toFixed(1)},${sy(pts[i][1]).toFixed(1)}`;
  }
  return d + 'Z';
}

/** Half-width and half-height of the ellipse's bounding box: r√M₁₁ and r√M₂₂. */
export function ellipseHalfExtent(M: Mat2, radius: number): [number, number] {
  return [radius * Math.sqrt(Math.max(0, M[0])), radius * Math.sqrt(Math.max(0, M[3]))];
}
