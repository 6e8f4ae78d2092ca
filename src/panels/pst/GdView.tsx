import { Legend } from '../../components/Legend';
import { LineChart } from '../../components/LineChart';
import { ParamSlider } from '../../components/ParamSlider';
import type { PrecondRun, PstGd } from '../../core/pst';
import { plainNum } from '../shared/texNumbers';
import { verdictOf, type GdRunId } from './gdClaims';
import { binder, type SetParams } from '../shared/useParams';
import { PST_PARAMS, type PstParams } from './params';
import { PST_STYLE } from './style';

interface Props {
  gd: PstGd;
  p: PstParams;
  width: number;
  caption: string;
  set: SetParams<typeof PST_PARAMS>;
}

const STYLE = {
  diag: {
    label: 'GD with diag(Ĝ)⁻¹',
    color: PST_STYLE.diagonal.color,
    dash: PST_STYLE.diagonal.dash,
  },
  full: { label: 'GD with full G⁻¹', color: PST_STYLE.exact.color, dash: '' },
};

/** Loss gap L(w_k) − L* of the two preconditioned runs (log scale; a gap of 0 leaves the chart). */
function gapSeries(r: PrecondRun, lossMin: number) {
  const xs = new Float64Array(r.loss.length);
  const ys = new Float64Array(r.loss.length);
  for (let k = 0; k < r.loss.length; k++) {
    xs[k] = k;
    // A gap at rounding level (≤ 0) is drawn on the chart's floor instead of leaving it.
    ys[k] = Math.max(r.loss[k] - lossMin, 1e-300);
  }
  return { xs, ys };
}

/** Log-axis range: from the largest gap down to 10⁻⁸ of it at most (rounding noise below). */
function gapDomain(series: Array<{ ys: Float64Array }>): [number, number] {
  let hi = 0;
  let lo = Infinity;
  for (const s of series) {
    for (const v of s.ys) {
      if (Number.isFinite(v) && v > 0) {
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
  }
  if (!(hi > 0)) return [1e-10, 1];
  return [Math.max(lo, hi * 1e-8), hi * 1.5];
}

/** The stable step bounds 2/λ_max(P^½HP^½) of both runs, shown under the α slider. */
function boundHint(gd: PstGd): string {
  const b = (v: number | null) => (v === null ? 'none (singular)' : `α < ${plainNum(v)}`);
  const where = gd.quadratic ? 'Stable' : 'Settles near the minimum';
  return `${where} for ${b(gd.bounds.diag)} with diag(Ĝ)⁻¹, ${b(gd.bounds.full)} with G⁻¹ (2/λ_max of the preconditioned curvature).`;
}

/** Using the estimate: diagonal vs full preconditioning of GD on the linear model's loss. */
export function GdView({ gd, p, width, caption, set }: Props) {
  const bind = binder(PST_PARAMS, p, set);
  const series = [
    { ...STYLE.diag, ...gapSeries(gd.diag, gd.lossMin) },
    { ...STYLE.full, ...gapSeries(gd.full, gd.lossMin), width: 2.5 },
  ];
  const status = (run: GdRunId) => {
    const v = verdictOf(gd, run, p.lr);
    switch (v.outcome) {
      case 'singular':
        return 'singular, not run';
      case 'blew-up':
        return `diverged at step ${v.at}`;
      case 'growing':
        return `diverging from step ${v.at}`;
      case 'converged':
        return 'converged';
      case 'rising':
        return 'not settling';
      default:
        return v.aboveBound ? 'α above its stable bound' : '';
    }
  };
  return (
    <div data-testid="gd-view">
      <ParamSlider {...bind('lr')} hint={boundHint(gd)} />
      <ParamSlider {...bind('steps')} />
      <LineChart
        series={series}
        width={Math.min(width, 640)}
        height={240}
        logY
        xLabel="iteration k"
        yLabel="L(w_k) − L*"
        label="Training loss gap of GD preconditioned by the diagonal estimate and by the full G"
        xDomain={[0, p.steps]}
        yDomain={gapDomain(series)}
        testId="gd-chart"
      />
      <Legend
        items={[
          { ...STYLE.diag, status: status('diag') || undefined },
          { ...STYLE.full, status: status('full') || undefined },
        ]}
      />
      <p className="caption" data-testid="gd-caption">
        {caption}
      </p>
    </div>
  );
}
