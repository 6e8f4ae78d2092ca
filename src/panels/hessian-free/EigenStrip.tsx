import { scaleLog } from '../../components/plot/scale';
import { PlotSvg } from '../../components/plot/PlotSvg';
import { GREY, OKABE_ITO } from '../../components/palette';

interface Props {
  lambda: Float64Array;
  kappa: number;
  width: number;
}

const M = { left: 58, right: 14 };

/** The n eigenvalues as ticks on a log axis, so clusters and repeated values are visible. */
export function EigenStrip({ lambda, kappa, width }: Props) {
  const hi = Math.max(kappa, 1.0001);
  const x = scaleLog()
    .domain([1, hi])
    .range([M.left, width - M.right]);
  const ticks = x.ticks(4).filter((t) => Number.isInteger(Math.log10(t)));
  return (
    <PlotSvg
      width={width}
      height={56}
      label={`The ${lambda.length} eigenvalues of A on a log axis from 1 to κ`}
      style={{ display: 'block', marginTop: 12 }}
      testId="eigen-strip"
    >
      <text x={M.left} y={13} className="axis-title">
        eigenvalues λᵢ of A (log axis, one tick each)
      </text>
      <line x1={M.left} x2={width - M.right} y1={32} y2={32} stroke={GREY.frame} />
      {Array.from(lambda, (l, i) => (
        <line
          key={i}
          x1={x(l)}
          x2={x(l)}
          y1={18}
          y2={32}
          stroke={OKABE_ITO.blue}
          strokeOpacity={0.5}
        />
      ))}
      {ticks.map((t) => (
        // The tick at κ ends at the right edge instead of running past it.
        <text key={t} x={x(t)} y={48} textAnchor={x(t) > width - M.right - 20 ? 'end' : 'middle'}>
          {t >= 1e4 ? t.toExponential(0) : t}
        </text>
      ))}
    </PlotSvg>
  );
}
