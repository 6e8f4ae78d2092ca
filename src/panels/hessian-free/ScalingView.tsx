import { Legend } from '../../components/Legend';
import { LineChart, type PointMark, type Series } from '../../components/LineChart';
import type { ScalingResult } from '../../core/cg';
import { scalingCaption } from './captions';
import { EigenStrip } from './EigenStrip';
import { MODEL_STYLE, REF_STYLE } from './style';

const idx = (n: number) => Float64Array.from({ length: n }, (_, i) => i);
/** Gaps below the chart's floor (exact zeros included) are drawn on it instead of vanishing. */
const GAP_FLOOR = 1e-13;
const floored = (g: Float64Array) => Float64Array.from(g, (v) => Math.max(v, GAP_FLOOR));
const log10 = (a: ArrayLike<number>) => Float64Array.from(a, (v) => Math.log10(v));

/** A reference line log y = y₀ + s·(log κ − log κ₀) through the sweep's first usable point. */
function reference(
  out: ScalingResult,
  ys: Float64Array,
  slope: number,
  style: { label: string; color: string; dash: string },
): Series | null {
  const k = out.sweep.kappa;
  const i = Array.from(k).findIndex((v, j) => v >= 10 && Number.isFinite(ys[j]) && ys[j] > 0);
  if (i < 0) return null;
  const x0 = Math.log10(k[i]);
  const y0 = Math.log10(ys[i]);
  const xs = Float64Array.of(0, Math.log10(k[k.length - 1]));
  return { ...style, xs, ys: Float64Array.from(xs, (x) => y0 + slope * (x - x0)), width: 1.5 };
}

/** First view, right half: per-MVP convergence at the chosen κ, and MVPs to tolerance vs κ. */
export function ScalingView({
  out,
  width,
  rowWidth,
}: {
  out: ScalingResult;
  width: number;
  /** The whole row: on a phone the two charts stack and the strip must not be wider. */
  rowWidth: number;
}) {
  const w = Math.min(Math.max(300, Math.min(width, 560)), rowWidth);
  const gap: Series[] = [
    { ...MODEL_STYLE.gdFixed, xs: idx(out.gdGap.length), ys: floored(out.gdGap) },
    { ...MODEL_STYLE.cg, xs: idx(out.cgGap.length), ys: floored(out.cgGap), width: 2.5 },
  ];
  const sweep: Series[] = [
    { ...MODEL_STYLE.gdFixed, xs: log10(out.sweep.kappa), ys: log10(out.sweep.gd) },
    { ...MODEL_STYLE.cg, xs: log10(out.sweep.kappa), ys: log10(out.sweep.cg), width: 2.5 },
  ];
  const refs = [
    reference(out, out.sweep.gd, 1, REF_STYLE.kappa),
    reference(out, out.sweep.cg, 0.5, REF_STYLE.sqrt),
  ].filter((s): s is Series => s !== null);
  // Your κ on the sweep chart: the MVPs each method needed in the run on the left.
  const points: PointMark[] = (
    [
      ['CG', out.cgGap, MODEL_STYLE.cg.color],
      ['GD', out.gdGap, MODEL_STYLE.gdFixed.color],
    ] as const
  )
    .map(([name, gap, color]) => ({ name, color, mvps: gap.findIndex((v) => v <= out.tol) }))
    .filter((m) => m.mvps > 0)
    .map((m) => ({
      x: Math.log10(out.kappa),
      y: Math.log10(m.mvps),
      color: m.color,
      label: `${m.name} at your κ: ${m.mvps} MVPs`,
    }));
  return (
    <div data-testid="scaling-view">
      <div className="panel-row two">
        <section>
          <h3>{`Model gap per matrix-vector product (n = ${out.n}, κ = ${Number(out.kappa.toPrecision(3))})`}</h3>
          <LineChart
            series={gap}
            width={w}
            height={240}
            logY
            yDomain={[GAP_FLOOR, 2]}
            hLines={[out.tol]}
            xLabel="matrix-vector products (MVPs)"
            yLabel="(q − q*) / (q(0) − q*)"
            label="Relative model gap versus number of matrix-vector products for GD and CG"
            testId="gap-chart"
          />
        </section>
        <section>
          <h3>MVPs to reach a gap of {out.tol} vs κ (log–log)</h3>
          <LineChart
            series={[...refs, ...sweep]}
            points={points}
            width={w}
            height={240}
            xLabel="log₁₀ κ"
            yLabel="log₁₀ MVPs"
            label="Matrix-vector products to reach the tolerance versus condition number, log-log, with reference slopes"
            testId="sweep-chart"
          />
        </section>
      </div>
      <EigenStrip
        lambda={out.lambda}
        kappa={out.kappa}
        width={Math.min(2 * w + 20, 1100, rowWidth)}
      />
      <Legend items={[MODEL_STYLE.gdFixed, MODEL_STYLE.cg, REF_STYLE.kappa, REF_STYLE.sqrt]} />
      <p className="caption" data-testid="scaling-caption" aria-live="polite">
        {scalingCaption(out)}
      </p>
    </div>
  );
}
