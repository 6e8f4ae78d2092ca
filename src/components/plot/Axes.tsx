import { useScales } from './scales';
import { GREY } from '../palette';

const fmt = (v: number) => (Math.abs(v) < 1e-12 ? '0' : String(Number(v.toPrecision(4))));

interface TitleProps {
  xLabel: string;
  yLabel: string;
  /** The plot area's size. */
  width: number;
  height: number;
  /** Distance of the x title's baseline below the plot area, and of the y title left of it. */
  below?: number;
  left?: number;
}

/** The x title centred under the plot area and the y title rotated along its left side. */
export function AxisTitles({ xLabel, yLabel, width, height, below = 38, left = 42 }: TitleProps) {
  return (
    <>
      <text className="axis-title" x={width / 2} y={height + below} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-title"
        transform={`translate(${-left},${height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </>
  );
}

/** Bottom and left axes with ticks, a frame and axis titles. */
export function Axes({ xLabel, yLabel }: { xLabel: string; yLabel: string }) {
  const { x, y, innerWidth, innerHeight } = useScales();
  const xt = x.ticks(Math.max(3, Math.floor(innerWidth / 80)));
  const yt = y.ticks(Math.max(3, Math.floor(innerHeight / 60)));
  return (
    <g className="axes" aria-hidden="true">
      <rect width={innerWidth} height={innerHeight} fill="none" stroke={GREY.frame} />
      {xt.map((t) => (
        <g key={`x${t}`} transform={`translate(${x(t)},${innerHeight})`}>
          <line y2={5} stroke={GREY.frame} />
          <text y={18} textAnchor="middle">
            {fmt(t)}
          </text>
        </g>
      ))}
      {yt.map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          <line x2={-5} stroke={GREY.frame} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {fmt(t)}
          </text>
        </g>
      ))}
      <AxisTitles xLabel={xLabel} yLabel={yLabel} width={innerWidth} height={innerHeight} />
    </g>
  );
}
