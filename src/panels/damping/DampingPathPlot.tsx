import type { Opt2dResult } from '../../core/newton/compute';
import type { Vec2 } from '../../core/types';
import { Marker } from '../../components/plot/Marker';
import { Plot2D, type Domain } from '../../components/plot/Plot2D';
import { useScales } from '../../components/plot/scales';
import { OKABE_ITO } from '../../components/palette';

function pathDomain(steps: Float64Array, current: Vec2 | null, grad: Vec2): Domain {
  // Fit the path but not an enormous Newton step: cap at 4× the largest damped step with η ≥ 1e-2.
  let m = Math.hypot(grad[0], grad[1]) * 1e-3;
  for (let i = 0; i + 1 < steps.length; i += 2) {
    const r = Math.hypot(steps[i], steps[i + 1]);
    if (Number.isFinite(r)) m = Math.max(m, r);
  }
  if (current) m = Math.max(m, Math.hypot(current[0], current[1]));
  const half = Math.min(m, 1e6) * 1.15 || 1;
  return [
    [-half, half],
    [-half, half],
  ];
}

function PathLayer({ out }: { out: Opt2dResult }) {
  const { x, y } = useScales();
  const s = out.damping.steps;
  let d = '';
  let pen = false;
  for (let i = 0; i + 1 < s.length; i += 2) {
    if (!Number.isFinite(s[i]) || !Number.isFinite(s[i + 1])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(s[i]).toFixed(1)},${y(s[i + 1]).toFixed(1)}`;
    pen = true;
  }
  const g = out.focus.grad;
  const gn = Math.hypot(g[0], g[1]) || 1;
  const r = (x.domain()[1] - x.domain()[0]) * 0.3;
  const cur = out.damping.current;
  const newton = s.length >= 2 && Number.isFinite(s[0]) ? ([s[0], s[1]] as const) : null;
  return (
    <g>
      <line
        x1={x(0)}
        y1={y(0)}
        x2={x((-g[0] / gn) * r)}
        y2={y((-g[1] / gn) * r)}
        stroke={OKABE_ITO.black}
        strokeDasharray="4 3"
        strokeWidth={1.5}
      />
      <text x={x((-g[0] / gn) * r) + 4} y={y((-g[1] / gn) * r)} className="small">
        −∇J direction
      </text>
      <path
        d={d}
        fill="none"
        stroke={OKABE_ITO.blue}
        strokeWidth={2.5}
        data-testid="damping-path"
      />
      <Marker
        x={x(0)}
        y={y(0)}
        shape="circle"
        color={OKABE_ITO.black}
        size={4}
        title="current iterate (Δw = 0)"
      />
      {newton && (
        <Marker
          x={x(newton[0])}
          y={y(newton[1])}
          shape="square"
          color={OKABE_ITO.vermillion}
          size={6}
          title="η = 0: the Newton step"
        />
      )}
      {cur && (
        <Marker
          x={x(cur[0])}
          y={y(cur[1])}
          shape="diamond"
          color={OKABE_ITO.blue}
          size={8}
          title="the step at the current η"
        />
      )}
    </g>
  );
}

/** The step −(H+ηI)⁻¹∇J as η sweeps 1e-4 … 1e4: from the Newton step to a shrinking gradient step. */
export function DampingPathPlot({ out, width }: { out: Opt2dResult; width: number }) {
  const domain = pathDomain(out.damping.steps, out.damping.current, out.focus.grad);
  return (
    <figure data-testid="damping-path-plot">
      <Plot2D
        domain={domain}
        width={width}
        height={Math.round(width * 0.8)}
        xLabel="Δw₁"
        yLabel="Δw₂"
        label="Damping path of the step as η varies"
      >
        <PathLayer out={out} />
      </Plot2D>
      <figcaption>
        The damped step for every η: ■ η = 0 is the Newton step; as η → ∞ the step shrinks toward 0
        along −∇J (dashed). ◆ marks the current η.
      </figcaption>
    </figure>
  );
}
