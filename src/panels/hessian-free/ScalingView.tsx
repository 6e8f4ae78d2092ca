import { Legend } from '../../components/Legend';
import { LineChart, type PointMark, type Series } from '../../components/LineChart';
import {
  cgBoundIters,
  gdBoundIters,
  tolText,
  type PcgStudy,
  type ScalingResult,
} from '../../core/cg';
import { scalingCaption } from './captions';
import { EigenStrip } from './EigenStrip';
import { GapChart, gapSeries } from './GapChart';
import { PcgView } from './PcgView';
import { MODEL_STYLE, REF_STYLE } from './style';

const log10 = (a: ArrayLike<number>) => Float64Array.from(a, (v) => Math.log10(v));

/** κ from 1 to the sweep's end, 60 points per decade of the chart's log axis. */
function boundKappas(kMax: number): number[] {
  const m = Math.round(60 * Math.log10(kMax));
  return Array.from({ length: m + 1 }, (_, i) => Math.pow(kMax, i / Math.max(m, 1)));
}

/** A worst-case bound as a curve on the log–log sweep chart. */
function boundCurve(
  out: ScalingResult,
  bound: (kappa: number, tol: number) => number,
  style: { label: string; color: string; dash: string },
): Series {
  const ks = boundKappas(out.sweep.kappa[out.sweep.kappa.length - 1]);
  return { ...style, xs: log10(ks), ys: log10(ks.map((k) => bound(k, out.tol))), width: 1.5 };
}

/** First view, right half: per-MVP convergence at the chosen κ, and MVPs to tolerance vs κ. */
export function ScalingView({
  out,
  pcg,
  width,
  rowWidth,
}: {
  out: ScalingResult;
  /** The PCG study (its own job), once computed. */
  pcg: PcgStudy | null;
  width: number;
  /** The whole row: on a phone the two charts stack and the strip must not be wider. */
  rowWidth: number;
}) {
  const w = Math.min(Math.max(300, Math.min(width, 560)), rowWidth);
  const gap = [
    gapSeries(out.gdGap, MODEL_STYLE.gdFixed),
    gapSeries(out.cgGap, MODEL_STYLE.cg, 2.5),
  ];
  const sweep: Series[] = [
    { ...MODEL_STYLE.gdFixed, xs: log10(out.sweep.kappa), ys: log10(out.sweep.gd) },
    { ...MODEL_STYLE.cg, xs: log10(out.sweep.kappa), ys: log10(out.sweep.cg), width: 2.5 },
  ];
  const refs = [
    boundCurve(out, gdBoundIters, REF_STYLE.kappa),
    boundCurve(out, cgBoundIters, REF_STYLE.sqrt),
  ];
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
          <GapChart
            series={gap}
            width={w}
            tol={out.tol}
            label="Relative model gap versus number of matrix-vector products for GD and CG"
            testId="gap-chart"
          />
        </section>
        <section>
          <h3>
            MVPs to reach a gap of {tolText(out.tol)} vs κ (log–log), with the worst-case bounds
          </h3>
          <LineChart
            series={[...refs, ...sweep]}
            points={points}
            width={w}
            height={240}
            xLabel="log₁₀ κ"
            yLabel="log₁₀ MVPs"
            label="Matrix-vector products to reach the tolerance versus condition number, log-log, with the worst-case bounds of GD and CG"
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
      {pcg ? <PcgView pcg={pcg} width={w} /> : <p className="loading">Computing…</p>}
    </div>
  );
}
