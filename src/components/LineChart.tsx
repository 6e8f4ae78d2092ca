import { scaleLinear, scaleLog } from './plot/scale';
import { AxisTitles } from './plot/Axes';
import { ClipDef, PlotSvg } from './plot/PlotSvg';
import { memo, type ReactNode } from 'react';
import { GREY } from './palette';
import { useFigureAlt } from './FigureText';

export interface Series {
  label: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  color: string;
  dash?: string;
  width?: number;
}

export interface PointMark {
  x: number;
  y: number;
  color: string;
  label: string;
}

interface Props {
  series: Series[];
  points?: PointMark[];
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  label: string;
  logY?: boolean;
  /** Log-scale x axis; points with x ≤ 0 are skipped. */
  logX?: boolean;
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Horizontal reference lines, e.g. y = 0. */
  hLines?: number[];
  testId?: string;
  children?: ReactNode;
}

const M = { top: 12, right: 14, bottom: 42, left: 58 };
const fmt = (v: number) => (Math.abs(v) < 1e-12 ? '0' : String(Number(v.toPrecision(3))));

function extent(vals: number[], log: boolean): [number, number] {
  const f = vals.filter((v) => Number.isFinite(v) && (!log || v > 0));
  if (f.length === 0) return log ? [1e-3, 1] : [-1, 1];
  let lo = Math.min(...f);
  let hi = Math.max(...f);
  if (lo === hi) {
    lo = log ? lo / 2 : lo - 1;
    hi = log ? hi * 2 : hi + 1;
  }
  return [lo, hi];
}

const isDecade = (t: number) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9;

/**
 * Tick values of the y axis. A log axis spanning fewer decades than d3's tick count gets every
 * 1…9 multiple, which overlap: keep the powers of ten when there are two, else 1, 2, 5 multiples.
 */
function yTicks(y: { ticks(n: number): number[] }, log: boolean): number[] {
  if (!log) return y.ticks(5);
  const all = y.ticks(4);
  const decades = all.filter(isDecade);
  if (decades.length >= 2) return decades;
  return all.filter((t) =>
    [1, 2, 5].includes(Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9))),
  );
}

const allOf = (series: Series[], k: 'xs' | 'ys') => series.flatMap((s) => Array.from(s[k]));

/** A small line chart with axes, for 1-D views, loss curves and sweeps. */
export const LineChart = memo(function LineChart({
  series,
  points = [],
  width,
  height,
  xLabel,
  yLabel,
  label,
  logY,
  logX,
  xDomain,
  yDomain,
  hLines = [],
  testId,
}: Props) {
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  // The data's extent only where no domain is given (a chart re-renders on every slider step).
  const xd = xDomain ?? extent(allOf(series, 'xs'), !!logX);
  const x = logX
    ? scaleLog().domain(xd).range([0, iw]).clamp(true)
    : scaleLinear().domain(xd).range([0, iw]);
  const xTicks = logX ? x.ticks(6).filter((t) => Number.isInteger(Math.log10(t))) : x.ticks(6);
  const yd = yDomain ?? extent(allOf(series, 'ys').concat(points.map((p) => p.y)), !!logY);
  const y = logY
    ? scaleLog().domain(yd).range([ih, 0]).clamp(true)
    : scaleLinear().domain(yd).range([ih, 0]).nice();
  const cy = (v: number) => Math.max(-ih, Math.min(2 * ih, y(v)));
  const path = (s: Series) => {
    let d = '';
    let pen = false;
    for (let i = 0; i < s.xs.length; i++) {
      const yv = s.ys[i];
      if (!Number.isFinite(yv) || (logY && yv <= 0) || (logX && !(s.xs[i] > 0))) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x(s.xs[i]).toFixed(1)},${cy(yv).toFixed(1)}`;
      pen = true;
    }
    return d;
  };
  const clip = `lc-${testId ?? label.replace(/\W/g, '')}`;
  const alt = useFigureAlt(testId);
  return (
    <PlotSvg width={width} height={height} label={label} testId={testId} alt={alt}>
      <ClipDef id={clip} width={iw} height={ih} />
      <g transform={`translate(${M.left},${M.top})`}>
        <rect width={iw} height={ih} fill={GREY.plotBg} stroke={GREY.frame} />
        {xTicks.map((t) => (
          <g key={`x${t}`} transform={`translate(${x(t)},${ih})`}>
            <line y2={5} stroke={GREY.frame} />
            <text y={18} textAnchor="middle">
              {logX ? t.toExponential(0) : fmt(t)}
            </text>
          </g>
        ))}
        {yTicks(y, !!logY).map((t) => (
          <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
            <line x2={-5} stroke={GREY.frame} />
            <text x={-8} dy="0.32em" textAnchor="end">
              {logY ? t.toExponential(0) : fmt(t)}
            </text>
          </g>
        ))}
        <g clipPath={`url(#${clip})`}>
          {hLines.map((h) => (
            <line key={h} x2={iw} y1={y(h)} y2={y(h)} stroke={GREY.border} strokeDasharray="3 3" />
          ))}
          {series.map((s) => (
            <path
              key={s.label}
              d={path(s)}
              fill="none"
              stroke={s.color}
              strokeWidth={s.width ?? 2}
              strokeDasharray={s.dash}
            />
          ))}
          {points.map((p) => (
            <g key={p.label}>
              <title>{p.label}</title>
              <circle
                cx={x(p.x)}
                cy={cy(p.y)}
                r={5}
                fill={p.color}
                stroke={GREY.white}
                strokeWidth={1.5}
              />
            </g>
          ))}
        </g>
        <AxisTitles xLabel={xLabel} yLabel={yLabel} width={iw} height={ih} below={36} left={46} />
      </g>
    </PlotSvg>
  );
});
