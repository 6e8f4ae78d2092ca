import { scaleBand, scaleLog } from './plot/scale';
import { PlotSvg } from './plot/PlotSvg';
import { GREY, OKABE_ITO } from './palette';

export interface EigenGroup {
  /** Label of the eigen-direction, e.g. "ν₁". */
  label: string;
  /** Bars in this group; non-positive or non-finite values are drawn as a labelled gap. */
  bars: { name: string; value: number; color: string }[];
  /** A short tag under the group, e.g. "Newton-like". */
  tag?: string;
}

interface Props {
  groups: EigenGroup[];
  width: number;
  height: number;
  /** A horizontal reference line, e.g. the 1/η cap. */
  cap?: { value: number; label: string };
  label: string;
  testId?: string;
}

const M = { top: 14, right: 70, bottom: 46, left: 54 };

/** Grouped bars on a log axis: the eigenvalue view of (H + ηI)⁻¹. */
export function EigenBars({ groups, width, height, cap, label, testId }: Props) {
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  const vals = groups
    .flatMap((g) => g.bars.map((b) => b.value))
    .filter((v) => v > 0 && Number.isFinite(v));
  if (cap && cap.value > 0 && Number.isFinite(cap.value)) vals.push(cap.value);
  const lo = Math.min(...vals, 1) / 3;
  const hi = Math.max(...vals, 1) * 3;
  const y = scaleLog().domain([lo, hi]).range([ih, 0]).clamp(true);
  const gx = scaleBand()
    .domain(groups.map((g) => g.label))
    .range([0, iw])
    .padding(0.25);
  const names = groups[0]?.bars.map((b) => b.name) ?? [];
  const bx = scaleBand().domain(names).range([0, gx.bandwidth()]).padding(0.1);
  const ticks = y.ticks(5).filter((t) => Number.isInteger(Math.log10(t)));
  return (
    <PlotSvg width={width} height={height} label={label} testId={testId}>
      <g transform={`translate(${M.left},${M.top})`}>
        {ticks.map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x2={iw} stroke={GREY.grid} />
            <text x={-6} dy="0.32em" textAnchor="end">
              {`1e${Math.round(Math.log10(t))}`}
            </text>
          </g>
        ))}
        {groups.map((g) => (
          <g key={g.label} transform={`translate(${gx(g.label)},0)`}>
            {g.bars.map((b) => {
              const ok = b.value > 0 && Number.isFinite(b.value);
              const top = ok ? y(b.value) : ih;
              return (
                <g key={b.name}>
                  <rect
                    x={bx(b.name)}
                    y={top}
                    width={bx.bandwidth()}
                    height={ih - top}
                    fill={b.color}
                  />
                  {!ok && (
                    <text
                      x={(bx(b.name) ?? 0) + bx.bandwidth() / 2}
                      y={ih - 4}
                      textAnchor="middle"
                      className="small"
                    >
                      {b.value <= 0 ? '≤0' : '∞'}
                    </text>
                  )}
                </g>
              );
            })}
            <text x={gx.bandwidth() / 2} y={ih + 16} textAnchor="middle">
              {g.label}
            </text>
            {g.tag && (
              <text x={gx.bandwidth() / 2} y={ih + 32} textAnchor="middle" className="tag">
                {g.tag}
              </text>
            )}
          </g>
        ))}
        {cap && cap.value > 0 && Number.isFinite(cap.value) && (
          <g transform={`translate(0,${y(cap.value)})`}>
            <line x2={iw} stroke={OKABE_ITO.black} strokeDasharray="5 3" strokeWidth={1.5} />
            <text x={iw + 4} dy="0.32em">
              {cap.label}
            </text>
          </g>
        )}
        <line y2={ih} stroke={GREY.frame} />
        <line y1={ih} y2={ih} x2={iw} stroke={GREY.frame} />
      </g>
    </PlotSvg>
  );
}
