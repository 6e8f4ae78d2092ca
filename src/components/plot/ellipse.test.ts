import { describe, expect, it } from 'vitest';
import { inverse, quadForm } from '../../core/linalg/mat2';
import type { Mat2 } from '../../core/types';
import { ellipseHalfExtent, ellipsePathD, ellipsePoints } from './ellipse';

describe('covariance ellipse geometry', () => {
  const M: Mat2 = [3, 1.2, 1.2, 1];
  it('every point satisfies vᵀ M⁻¹ v = r²', () => {
    const inv = inverse(M)!;
    for (const r of [1, 2]) {
      for (const p of ellipsePoints(M, r)!) expect(quadForm(inv, p)).toBeCloseTo(r * r, 10);
    }
  });

  it('the bounding box is r√M_ii', () => {
    const pts = ellipsePoints(M, 2, 4000)!;
    const [hx, hy] = ellipseHalfExtent(M, 2);
    expect(Math.max(...pts.map((p) => p[0]))).toBeCloseTo(hx, 4);
    expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(hy, 4);
  });

  it('a diagonal matrix gives an axis-aligned ellipse; a rank-1 one a segment', () => {
    const pts = ellipsePoints([4, 0, 0, 1], 1, 4)!;
    expect(pts[0][0]).toBeCloseTo(2, 12);
    expect(pts[1][1]).toBeCloseTo(1, 12);
    const flat = ellipsePoints([1, 1, 1, 1], 1)!;
    for (const p of flat) expect(p[0]).toBeCloseTo(p[1], 10);
  });

  it('indefinite or non-finite matrices are not drawn', () => {
    expect(ellipsePoints([1, 2, 2, 1], 1)).toBeNull();
    expect(ellipsePoints([NaN, 0, 0, 1], 1)).toBeNull();
    expect(
      ellipsePathD(
        [NaN, 0, 0, 1],
        1,
        (v) => v,
        (v) => v,
      ),
    ).toBe('');
    expect(
      ellipsePathD(
        M,
        1,
        (v) => v,
        (v) => v,
      ),
    ).toMatch(/^M.*Z$/);
  });
});
