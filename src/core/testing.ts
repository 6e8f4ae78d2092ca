/**
 * Helpers shared by the core's unit tests (not used at runtime): a seeded RNG, seeded random
 * 2-D points, vectors and matrices, and central finite differences, so derivative checks are
 * reproducible and independent of the formulas they check.
 */
import { singularValues } from './linalg/mat2';
import type { Mat2, Objective2, Vec2 } from './types';

/** mulberry32: tiny, seedable, good enough to scatter test points. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n seeded points uniformly in the objective's domain. */
export function randomPoints(obj: Objective2, n: number, seed: number): Vec2[] {
  const rnd = mulberry32(seed);
  const [[x0, x1], [y0, y1]] = obj.domain;
  return Array.from({ length: n }, () => [x0 + (x1 - x0) * rnd(), y0 + (y1 - y0) * rnd()] as Vec2);
}

/** Central-difference gradient of a scalar function. */
export function fdGrad(f: (w: Vec2) => number, w: Vec2, h = 1e-5): Vec2 {
  return [
    (f([w[0] + h, w[1]]) - f([w[0] - h, w[1]])) / (2 * h),
    (f([w[0], w[1] + h]) - f([w[0], w[1] - h])) / (2 * h),
  ];
}

/** Central-difference Jacobian of a map R² → R², row-major (row i = ∂fᵢ). */
export function fdJacobian(f: (w: Vec2) => Vec2, w: Vec2, h = 1e-6): Mat2 {
  const xp = f([w[0] + h, w[1]]);
  const xm = f([w[0] - h, w[1]]);
  const yp = f([w[0], w[1] + h]);
  const ym = f([w[0], w[1] - h]);
  return [
    (xp[0] - xm[0]) / (2 * h),
    (yp[0] - ym[0]) / (2 * h),
    (xp[1] - xm[1]) / (2 * h),
    (yp[1] - ym[1]) / (2 * h),
  ];
}

/** max |aᵢ − bᵢ| / max(1, max |bᵢ|): relative to the larger entries, absolute near 0. */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let size = 1;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    size = Math.max(size, Math.abs(b[i]));
  }
  return diff / size;
}

/** Random 2×2 matrices with entries in [−2, 2] and condition number at most maxCond. */
export function randomInvertible(seed: number, maxCond = 20): () => Mat2 {
  const rnd = mulberry32(seed);
  const u = () => 4 * rnd() - 2;
  return () => {
    for (;;) {
      const A: Mat2 = [u(), u(), u(), u()];
      const [s1, s2] = singularValues(A);
      if (s2 > 0 && s1 / s2 <= maxCond) return A;
    }
  };
}

export function randomVec(seed: number, scale = 1): () => Vec2 {
  const rnd = mulberry32(seed);
  return () => [scale * (2 * rnd() - 1), scale * (2 * rnd() - 1)];
}

/** Random symmetric positive definite matrix QDQᵀ with eigenvalues in [lo, hi]. */
export function randomSPD(seed: number, lo = 0.1, hi = 50): () => Mat2 {
  const rnd = mulberry32(seed);
  return () => {
    const t = Math.PI * rnd();
    const [c, s] = [Math.cos(t), Math.sin(t)];
    const d0 = lo + (hi - lo) * rnd();
    const d1 = lo + (hi - lo) * rnd();
    return [c * c * d0 + s * s * d1, c * s * (d0 - d1), c * s * (d0 - d1), s * s * d0 + c * c * d1];
  };
}
