import type { ReactNode } from 'react';
import type { Field } from '../../core/field/field';
import type { InvarianceView, InvMethod } from './methods';
import { DraggablePoint } from '../../components/plot/DraggablePoint';
import { FilledContours } from '../../components/plot/FilledContours';
import { Plot2D } from '../../components/plot/Plot2D';
import { Trajectory } from '../../components/plot/Trajectory';
import { GhostLayer } from '../../components/plot/Ghost';
import { ColumnArrows } from '../shared/ColumnArrows';
import { cornersForward, equalAspectHeight, ViewOutline } from '../shared/ViewOutline';
import { matrixM, type InvParams } from './params';
import { INV_STYLE, methodName } from './style';
import { OKABE_ITO } from '../../components/palette';

export const M_COLORS = [OKABE_ITO.orange, OKABE_ITO.purple] as const;

interface Props {
  /** Earlier trajectories kept for comparison. */
  ghost?: readonly Float64Array[] | null;
  field: Field;
  out: InvarianceView;
  p: InvParams;
  width: number;
  onStart(w: [number, number]): void;
  onColumn(i: 0 | 1, c: [number, number]): void;
  onOrigin(c: [number, number]): void;
  /** Predict mode's overlay (under the handles, so they stay draggable). */
  predictLayer?: ReactNode;
  /** The iterate predict mode starts from, ringed on its method's θ run. */
  current?: { method: InvMethod; k: number } | null;
}

/** θ-space: each method's θ run (line) with its φ run mapped back by θ = Mφ + c (rings). */
export function ThetaPlot(props: Props) {
  const { field, out, p, width, onStart, onColumn, onOrigin, ghost, current } = props;
  const M = matrixM(p);
  const outline = out.phiView ? cornersForward({ A: M, c: p.c }, out.phiView.domain) : null;
  return (
    <Plot2D
      domain={field.domain}
      width={width}
      height={equalAspectHeight(field.domain, width)}
      xLabel="θ₁"
      yLabel="θ₂"
      label="θ-space: each method run in θ, with its φ-space run mapped back as rings"
      testId="main-plot"
      overlay={
        <>
          {props.predictLayer}
          <ColumnArrows
            A={M}
            origin={p.c}
            scale={1}
            names={['m₁', 'm₂']}
            originName="c"
            colors={M_COLORS}
            testIds={['m1-handle', 'm2-handle']}
            originTestId="c-handle"
            onColumn={onColumn}
            onOrigin={onOrigin}
          />
          <DraggablePoint
            w={p.x0}
            onChange={onStart}
            label="Start point θ⁽⁰⁾"
            testId="start-handle"
          />
        </>
      }
    >
      <FilledContours field={field} levels={field.levels} />
      <ViewOutline points={outline} label="The region shown in the φ plot" />
      <GhostLayer ghost={ghost ?? null} />
      {out.pairs.map((pair) => {
        const st = INV_STYLE[pair.method];
        const name = methodName(pair.method, p.eta, 'label');
        return (
          <g key={pair.method}>
            <Trajectory
              iterates={pair.theta.iterates}
              current={current?.k ?? 0}
              highlight={current?.method === pair.method}
              color={st.color}
              dash={st.dash}
              marker={st.marker}
              label={`${name} in θ`}
              testId={`traj-${pair.method}`}
            />
            <Trajectory
              iterates={pair.phiMapped}
              current={0}
              color={st.color}
              dash=""
              marker="circle"
              variant="rings"
              label={`${name} in φ, mapped back`}
              testId={`traj-${pair.method}-mapped`}
            />
          </g>
        );
      })}
    </Plot2D>
  );
}
