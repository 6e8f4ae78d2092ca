import { LOGISTIC_NEWTON_THRESHOLD as T } from '../../core/newton/logistic1d';
import { ACCENT, TONE } from '../../components/palette';
import { useScales } from '../../components/plot/scales';

/** The square |x₁|, |x₂| < 2.17732 inside which undamped Newton converges on the logistic sum. */
export function ThresholdBox() {
  const { x, y } = useScales();
  // On a phone the box is ~200 px wide: the long label would run out of the plot.
  const wide = x(T) - x(-T) > 320;
  return (
    <g data-testid="threshold">
      <title>Undamped Newton convergence region</title>
      <rect
        x={x(-T)}
        y={y(T)}
        width={x(T) - x(-T)}
        height={y(-T) - y(T)}
        fill="none"
        stroke={ACCENT.threshold}
        strokeWidth={2.5}
        strokeDasharray="8 4"
      />
      <text x={x(-T) + 4} y={y(T) - 6} className="plot-label" fill={TONE.warnText}>
        |x_j| = {T.toFixed(5)}
        {wide ? ': undamped Newton converges inside' : ''}
      </text>
    </g>
  );
}
