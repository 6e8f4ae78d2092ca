import type { ReactNode } from 'react';
import type { Field } from '../../core/field/field';
import type { Opt2dResult } from '../../core/newton/compute';
import type { MethodId, Objective2, Run2 } from '../../core/types';
import { ContourLines } from '../../components/plot/ContourLines';
import { DraggablePoint } from '../../components/plot/DraggablePoint';
import { FilledContours } from '../../components/plot/FilledContours';
import { Marker } from '../../components/plot/Marker';
import { Plot2D } from '../../components/plot/Plot2D';
import { useScales } from '../../components/plot/scales';
import { Trajectory } from '../../components/plot/Trajectory';
import { GhostLayer } from '../../components/plot/Ghost';
import { ACCENT, GREY, METHOD_STYLE, OKABE_ITO } from '../../components/palette';
import { useStableByKey } from '../../components/useStableByKey';

interface Props {
  output: Opt2dResult;
  field: Field;
  width: number;
  k: number;
  x0: readonly [number, number];
  onStart(w: [number, number]): void;
  showTaylor: boolean;
  /** Extra layers under the trajectories (e.g. the divergence threshold). */
  children?: ReactNode;
  label: string;
  stationary: Objective2['stationary'];
  /** Earlier trajectories kept for comparison, drawn faded underneath. */
  ghost?: Run2[] | null;
  /** Predict mode's overlay (under the start handle, so it stays draggable). */
  predictLayer?: ReactNode;
}

const KIND_LABEL = { min: 'minimum', saddle: 'saddle point', max: 'maximum' } as const;

/** Known stationary points: minima as crosses, saddles and maxima as open shapes. */
function StationaryMarkers({ points }: { points: Objective2['stationary'] }) {
  const { x, y } = useScales();
  return (
    <g data-testid="stationary-markers">
      {points.map((p, i) => (
        <Marker
          key={i}
          x={x(p.w[0])}
          y={y(p.w[1])}
          shape={p.kind === 'min' ? 'cross' : 'square'}
          color={p.kind === 'min' ? OKABE_ITO.black : GREY.muted}
          size={p.kind === 'min' ? 5 : 4}
          title={`${KIND_LABEL[p.kind]} at (${p.w[0].toPrecision(4)}, ${p.w[1].toPrecision(4)})`}
        />
      ))}
    </g>
  );
}

/** Contours of J, trajectories up to iterate k, the Taylor model at the analysed iterate, and the start handle. */
export function OptimizationPlot({
  output,
  field,
  width,
  k,
  x0,
  onStart,
  showTaylor,
  children,
  label,
  stationary,
  ghost,
  predictLayer,
}: Props) {
  // The Taylor model changes only with the analysed iterate: dragging η or α usually keeps it,
  // and re-tracing its contours would cost a few milliseconds of every frame.
  const t = output.taylor;
  const taylor = useStableByKey(`${t.key}|${field.domain.flat().join(',')}`, () => ({
    field: { nx: t.nx, ny: t.ny, domain: field.domain, values: t.values },
    levels: t.levels,
  }));
  return (
    <Plot2D
      domain={field.domain}
      width={width}
      height={Math.round(width * 0.86)}
      xLabel="w₁ (x)"
      yLabel="w₂ (y)"
      label={label}
      testId="main-plot"
      overlay={
        <>
          {predictLayer}
          <DraggablePoint
            w={x0}
            onChange={onStart}
            label="Start point w⁽⁰⁾"
            testId="start-handle"
          />
        </>
      }
    >
      <FilledContours field={field} levels={field.levels} />
      <StationaryMarkers points={stationary} />
      {children}
      {showTaylor && (
        <ContourLines
          field={taylor.field}
          levels={taylor.levels}
          color={ACCENT.taylor}
          dash="5 3"
          width={1.8}
          testId="taylor-contours"
        />
      )}
      <GhostLayer ghost={ghost ? ghost.map((r) => r.iterates) : null} />
      {output.runs.map((r) => {
        const st = METHOD_STYLE[r.method as MethodId];
        return (
          <Trajectory
            key={r.method}
            iterates={r.iterates}
            current={k}
            highlight={r.method === output.focus.method}
            color={st.color}
            dash={st.dash}
            marker={st.marker}
            label={`${st.label} trajectory`}
            testId={`traj-${r.method}`}
          />
        );
      })}
      {showTaylor && <TaylorMinimizer output={output} />}
    </Plot2D>
  );
}

function TaylorMinimizer({ output }: { output: Opt2dResult }) {
  const { x, y } = useScales();
  const m = output.taylor.minimizer;
  if (!m) return null;
  return (
    <Marker
      x={x(m[0])}
      y={y(m[1])}
      shape="star"
      color={ACCENT.taylor}
      size={9}
      title="Minimizer of the Taylor model"
    />
  );
}
