import type { Domain } from '../../components/plot/Plot2D';
import { ellipseHalfExtent } from '../../components/plot/ellipse';
import type { Mat2 } from '../../core/types';

/**
 * A symmetric plot window around Dw = 0 that holds the 2-σ ellipses of all given matrices with a
 * margin (3σ ≈ where a Gaussian cloud thins out); points beyond are clipped, not rescaled to.
 */
export function cloudDomain(...mats: Mat2[]): Domain {
  let hx = 0;
  let hy = 0;
  for (const M of mats) {
    const [a, b] = ellipseHalfExtent(M, 3);
    if (Number.isFinite(a)) hx = Math.max(hx, a);
    if (Number.isFinite(b)) hy = Math.max(hy, b);
  }
  hx = hx > 0 ? hx : 1;
  hy = hy > 0 ? hy : 1;
  return [
    [-hx, hx],
    [-hy, hy],
  ];
}
