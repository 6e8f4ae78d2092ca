import { useScales } from './scales';
import { GREY } from '../palette';

const fmt = (v: number) => (Math.abs(v) < 1e-12 ? '0' : String(Number(v.toPrecision(4))));

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
      <text className="axis-title" x={innerWidth / 2} y={innerHeight + 38} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-title"
        transform={`translate(${-42},${innerHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
}
