import { memo, useState } from 'react';
import type { Opt2dPanelView } from './useOpt2dPanel';
import { sampleMaps, type Cobweb } from '../../core/newton/cobweb';
import { plainNum } from '../../core/claims/format';
import { cobwebLegendClaims } from '../../core/newton/logisticClaims';
import { Marker } from '../../components/plot/Marker';
import { Plot2D } from '../../components/plot/Plot2D';
import { useScales } from '../../components/plot/scales';
import { GREY, METHOD_STYLE, OKABE_ITO, withAlpha } from '../../components/palette';

const NEWTON = METHOD_STYLE.newton;
const DAMPED = METHOD_STYLE['damped-newton'];

/** An SVG path through (xs[i], ys[i]), values held within a few view widths of the origin. */
function usePath(xs: ArrayLike<number>, ys: ArrayLike<number>, r: number): string {
  const { x, y } = useScales();
  const cap = (v: number) => Math.max(-10 * r, Math.min(10 * r, v));
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i])) continue;
    d += `${d ? 'L' : 'M'}${x(cap(xs[i])).toFixed(1)},${y(cap(ys[i])).toFixed(1)}`;
  }
  return d;
}

/** The cobweb staircase (x₀, x₀) → (x₀, x₁) → (x₁, x₁) → (x₁, x₂) → … as point lists. */
function staircase(xs: Float64Array): { x: number[]; y: number[] } {
  const x = [xs[0]];
  const y = [xs[0]];
  for (let k = 0; k + 1 < xs.length; k++) {
    x.push(xs[k], xs[k + 1]);
    y.push(xs[k + 1], xs[k + 1]);
  }
  return { x, y };
}

/**
 * y = x, y = −x, both maps and the staircase, clipped to the view [−r, r]². Memoised: a slider's
 * change renders the panel before its result arrives, and this needs only the result.
 */
const Curves = memo(function Curves({ c, r }: { c: Cobweb; r: number }) {
  const maps = sampleMaps(c.eta, r, 600);
  const stairs = staircase(c.staircase);
  const diag = usePath([-r, r], [-r, r], r);
  const anti = usePath([-r, r], [r, -r], r);
  const newton = usePath(maps.x, maps.newton, r);
  const damped = usePath(maps.x, maps.damped, r);
  const steps = usePath(stairs.x, stairs.y, r);
  return (
    <g fill="none">
      <path d={diag} stroke={GREY.mutedLine} strokeWidth={1.2} />
      <path d={anti} stroke={GREY.mutedLine} strokeWidth={1.2} strokeDasharray="5 4" />
      <path d={newton} stroke={NEWTON.color} strokeWidth={2.2} data-testid="cobweb-newton" />
      {c.eta > 0 && (
        <path d={damped} stroke={DAMPED.color} strokeWidth={2.8} data-testid="cobweb-damped" />
      )}
      <path
        d={steps}
        stroke={withAlpha(GREY.ink, 0.7)}
        strokeWidth={1.3}
        data-testid="cobweb-staircase"
      />
    </g>
  );
});

/** ±x* (■), the damped 2-cycles in view (◆) on y = −x, and the start (●) on y = x. */
function Points({ c, r }: { c: Cobweb; r: number }) {
  const { x, y } = useScales();
  const cycles =
    c.cycles && c.eta > 0 ? [c.cycles.inner, c.cycles.outer].filter((v) => v <= r) : [];
  const x0 = c.staircase[0];
  return (
    <g data-testid="cobweb-points">
      {[1, -1].map((s) => (
        <Marker
          key={`t${s}`}
          x={x(s * c.threshold)}
          y={y(-s * c.threshold)}
          shape="square"
          color={NEWTON.color}
          title={`undamped Newton: ${plainNum(s * c.threshold)} ↦ ${plainNum(-s * c.threshold)}`}
        />
      ))}
      {cycles.flatMap((v) =>
        [1, -1].map((s) => (
          <Marker
            key={`c${v}${s}`}
            x={x(s * v)}
            y={y(-s * v)}
            shape="diamond"
            color={DAMPED.color}
            size={6}
            title={`damped map: ${plainNum(s * v)} ↦ ${plainNum(-s * v)}`}
          />
        )),
      )}
      {Math.abs(x0) <= r && (
        <Marker x={x(x0)} y={y(x0)} shape="circle" color={OKABE_ITO.black} size={6} title="start" />
      )}
    </g>
  );
}

/**
 * The logistic example's per-coordinate map: y = x, the line y = −x (where a map meets it, it
 * sends x to −x: a 2-cycle), undamped Newton x − sinh x with its 2-cycle ±x*, the damped map at the
 * current η with its 2-cycles when η < η*, and the staircase of the start's farther coordinate.
 */
export function CobwebView({ c, width }: { c: Cobweb; width: number }) {
  const [near, setNear] = useState(false);
  const zoomable = c.extent > 1.5 * c.nearExtent;
  const r = near && zoomable ? c.nearExtent : c.extent;
  const size = Math.max(260, Math.min(width, 440));
  const j = c.coordinate === 0 ? '₁' : '₂';
  return (
    <figure className="cobweb" data-testid="cobweb">
      {zoomable && (
        <div className="presets" role="group" aria-label="Cobweb view range">
          <button type="button" aria-pressed={!near} onClick={() => setNear(false)}>
            Whole staircase
          </button>
          <button type="button" aria-pressed={near} onClick={() => setNear(true)}>
            Near the minimum
          </button>
        </div>
      )}
      <Plot2D
        domain={[
          [-r, r],
          [-r, r],
        ]}
        width={size}
        height={size - 10}
        xLabel={`x${j}⁽ᵏ⁾`}
        yLabel={`x${j}⁽ᵏ⁺¹⁾`}
        label={`Cobweb of the map of coordinate x${j} from x${j}⁽⁰⁾ = ${plainNum(c.staircase[0])}`}
        overlay={<Points c={c} r={r} />}
        testId="cobweb-plot"
      >
        <rect width={size} height={size} fill={GREY.plotBg} />
        <Curves c={c} r={r} />
      </Plot2D>
      <ul className="legend inline" aria-label="Cobweb legend" data-testid="cobweb-legend">
        {cobwebLegendClaims(c.eta).map((cl, i) => (
          <li key={cl.kind}>
            <span
              className="swatch"
              style={{ background: i === 0 ? NEWTON.color : DAMPED.color }}
            />{' '}
            {cl.text}
          </li>
        ))}
        <li>
          dashed: y = −x · thin dark line: {c.staircase.length - 1} steps of the{' '}
          {c.follows === 'damped' ? 'damped' : 'undamped'} map from x{j}⁽⁰⁾ ={' '}
          {plainNum(c.staircase[0])} (●)
        </li>
      </ul>
    </figure>
  );
}

/** The cobweb as a row of its own under the figure: where the problem has one, once runs show. */
export function CobwebRow({ view, title }: { view: Opt2dPanelView; title: string }) {
  const c = view.output?.cobweb;
  if (!c || !view.predict.runsShown) return null;
  return (
    <section className="panel-row" aria-label="The per-coordinate map">
      <h2>{title}</h2>
      <CobwebView c={c} width={Math.min(view.plotWidth, 440)} />
    </section>
  );
}
