import { memo } from 'react';
import { Legend } from '../../components/Legend';
import { CovarianceEllipse } from '../../components/plot/CovarianceEllipse';
import { ellipseHalfExtent } from '../../components/plot/ellipse';
import { Plot2D, type Domain } from '../../components/plot/Plot2D';
import { useScales } from '../../components/plot/scales';
import { inverse } from '../../core/linalg/mat2';
import type { PstSamples } from '../../core/pst';
import { ArrowMarker } from './ArrowMarker';
import { PST_STYLE } from './style';
import { GREY, OKABE_ITO } from '../../components/palette';

/** How many of the newest samples get their own likelihood line. */
const NEWEST = 6;

interface Props {
  out: PstSamples;
  shown: number;
  width: number;
}

/**
 * The slide's weight-space picture for the linear model: each sampled (x̄, t̃) has log-likelihood
 * contours that are lines x̄·w = const (the line x̄·w = t̃ is where that example is fitted
 * exactly) and a gradient Dw ∝ x̄ across them; averaged over samples, the log-likelihood has the
 * elliptical contour Δwᵀ G Δw = 1 around w.
 */
export const WeightSpaceView = memo(function WeightSpaceView({ out, shown, width }: Props) {
  const Ginv = inverse(out.exactG);
  if (!Ginv) return null;
  const w = out.weights;
  const [hx, hy] = ellipseHalfExtent(Ginv, 2.2);
  const domain: Domain = [
    [w[0] - hx, w[0] + hx],
    [w[1] - hy, w[1] + hy],
  ];
  const h = Math.round(Math.min(width, 420) * 0.8);
  return (
    <div data-testid="weight-space">
      <Plot2D
        domain={domain}
        width={Math.min(width, 420)}
        height={h}
        xLabel="w₁ (slope)"
        yLabel="w₂ (intercept)"
        label="Weight space: per-sample likelihood lines, their gradients at w, and the average log-likelihood contour"
      >
        <SampleLines out={out} shown={shown} />
        <CovarianceEllipse
          matrix={Ginv}
          radius={1}
          center={w}
          color={PST_STYLE.exact.color}
          width={3}
          testId="avg-contour"
        />
      </Plot2D>
      <Legend
        items={[
          {
            label: `x̄·w = t̃ for the ${NEWEST} newest samples`,
            color: PST_STYLE.cloud.color,
            dash: '5 3',
          },
          { label: 'their gradients at w (scaled)', color: PST_STYLE.estimate.color },
          { label: 'average log-likelihood contour ΔwᵀGΔw = 1', color: PST_STYLE.exact.color },
        ]}
      />
    </div>
  );
});

function SampleLines({ out, shown }: { out: PstSamples; shown: number }) {
  const { x, y } = useScales();
  const [[x0, x1], [y0, y1]] = [x.domain(), y.domain()];
  const w = out.weights;
  const from = Math.max(0, shown - NEWEST);
  let longest = 0;
  for (let s = from; s < shown; s++) {
    longest = Math.max(
      longest,
      Math.hypot(out.samples[2 * s] / (x1 - x0), out.samples[2 * s + 1] / (y1 - y0)),
    );
  }
  // Gradients live in another space: scale them so the longest spans a third of the plot.
  const k = longest > 0 ? 1 / (3 * longest) : 0;
  const items = [];
  for (let s = from; s < shown; s++) {
    const u = out.recipe.x[s];
    const t = out.recipe.sampledTarget[s];
    // The line u·w₁ + w₂ = t̃, i.e. w₂ = t̃ − u·w₁, across the visible w₁ range.
    const a = [x0, t - u * x0];
    const b = [x1, t - u * x1];
    const gx = w[0] + k * out.samples[2 * s];
    const gy = w[1] + k * out.samples[2 * s + 1];
    items.push(
      <g key={s} opacity={0.35 + (0.65 * (s - from + 1)) / (shown - from)}>
        <line
          x1={x(a[0])}
          y1={y(a[1])}
          x2={x(b[0])}
          y2={y(b[1])}
          stroke={PST_STYLE.cloud.color}
          strokeWidth={1.8}
          strokeDasharray="5 3"
          data-testid="sample-line"
        />
        <line
          x1={x(w[0])}
          y1={y(w[1])}
          x2={x(gx)}
          y2={y(gy)}
          stroke={PST_STYLE.estimate.color}
          strokeWidth={2.2}
          markerEnd="url(#pst-arrow-w)"
        />
      </g>,
    );
  }
  return (
    <>
      <ArrowMarker id="pst-arrow-w" color={PST_STYLE.estimate.color} />
      {items}
      <circle
        cx={x(w[0])}
        cy={y(w[1])}
        r={4.5}
        fill={OKABE_ITO.black}
        stroke={GREY.white}
        strokeWidth={1.5}
      >
        <title>current weights w</title>
      </circle>
    </>
  );
}
