/** Seeded random matrices for the precond tests (not used at runtime). */
import { mulberry32 } from '../testing';
import type { Mat2, Vec2 } from '../types';
import { singularValues } from './mat2';

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
