import type { Opt2dResult } from '../../core/newton/compute';
import { LineChart } from '../../components/LineChart';
import { ACCENT, METHOD_STYLE, OKABE_ITO } from '../../components/palette';
import { plainNum } from '../shared/texNumbers';

/** The slide's "Newton as solving ∇J = 0", along the Newton direction from the analysed iterate. */
export function SliceView({ slice, width }: { slice: Opt2dResult['slice']; width: number }) {
  if (!slice) {
    return (
      <p className="caption" data-testid="slice-view">
        The Newton direction is undefined here (H is singular or ∇J = 0), so there is no 1-D picture
        to draw.
      </p>
    );
  }
  const t0 = slice.t[0];
  const t1 = slice.t[slice.t.length - 1];
  const tangent = {
    xs: [t0, t1],
    ys: [slice.phi0 + slice.slope * t0, slice.phi0 + slice.slope * t1],
  };
  const finitePhi = Array.from(slice.phi).filter(Number.isFinite);
  const span = Math.max(Math.abs(slice.phi0) * 3, 1e-12);
  const lo = Math.max(Math.min(...finitePhi, 0), -span);
  const hi = Math.min(Math.max(...finitePhi, 0), span);
  return (
    <figure className="slice-view" data-testid="slice-view">
      <LineChart
        width={width}
        height={230}
        label="Directional derivative along the Newton direction with its tangent line"
        xLabel="t  (w = w⁽ᵏ⁾ + t·d,  d = −H⁻¹∇J)"
        yLabel="∇J(w)ᵀ d̂"
        yDomain={[lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)]}
        hLines={[0]}
        series={[
          { label: 'gradient along d', xs: slice.t, ys: slice.phi, color: OKABE_ITO.black },
          {
            label: 'tangent (first-order Taylor of ∇J)',
            ...tangent,
            color: METHOD_STYLE.newton.color,
            dash: '6 3',
          },
        ]}
        points={[
          { x: 0, y: slice.phi0, color: OKABE_ITO.black, label: 'current iterate (t = 0)' },
          {
            x: slice.root,
            y: 0,
            color: ACCENT.taylor,
            label: `tangent root t = ${plainNum(slice.root)}: the next Newton iterate`,
          },
        ]}
      />
      <figcaption>
        Newton solves ∇J = 0 by linearizing the gradient: the dashed tangent of the gradient (black)
        crosses zero at t = {plainNum(slice.root)} (green dot) — exactly the next Newton iterate.
        Where the black curve bends away from its tangent, that step over- or undershoots.
      </figcaption>
    </figure>
  );
}
