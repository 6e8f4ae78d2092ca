import type { ReactNode } from 'react';
import type { Field } from '../../core/field/field';
import type { PrecondResult } from '../../core/precond/computePrecond';
import { DraggablePoint } from '../../components/plot/DraggablePoint';
import { FilledContours } from '../../components/plot/FilledContours';
import { Plot2D } from '../../components/plot/Plot2D';
import { Trajectory } from '../../components/plot/Trajectory';
import { GhostLayer } from '../../components/plot/Ghost';
import { ColumnArrows } from '../shared/ColumnArrows';
import { cornersForward, equalAspectHeight, ViewOutline } from '../shared/ViewOutline';
import { shownR, type PrecondParams } from './params';
import { PRECOND_STYLE as S } from './style';

interface Props {
  /** Earlier trajectories kept for comparison. */
  ghost?: readonly Float64Array[] | null;
  field: Field;
  out: PrecondResult;
  p: PrecondParams;
  width: number;
  arrowScale: number;
  follow: boolean;
  onStart(w: [number, number]): void;
  onColumn(i: 0 | 1, c: [number, number]): void;
  onOrigin(b: [number, number]): void;
  /** Predict mode's overlay (under the handles, so they stay draggable). */
  predictLayer?: ReactNode;
}

/** The original space w: contours of J, both routes of the update, R's columns as arrows from b. */
export function OriginalPlot(props: Props) {
  const { field, out, p, width, arrowScale, follow, ghost, predictLayer, ...on } = props;
  const R = follow ? out.point.R : shownR(p, out.fixedR);
  const outline = out.tilde ? cornersForward({ A: R, c: p.b }, out.tilde.view) : null;
  return (
    <Plot2D
      domain={field.domain}
      width={width}
      height={equalAspectHeight(field.domain, width)}
      xLabel="w₁"
      yLabel="w₂"
      label="Original space w: contours of J with the preconditioned trajectories"
      testId="main-plot"
      overlay={
        <>
          {predictLayer}
          <ColumnArrows
            A={R}
            origin={p.b}
            scale={arrowScale}
            names={['r₁', 'r₂']}
            originName="b"
            colors={S.columns}
            testIds={['r1-handle', 'r2-handle']}
            originTestId="b-handle"
            onColumn={on.onColumn}
            onOrigin={on.onOrigin}
            readOnly={follow}
          />
          <DraggablePoint
            w={p.x0}
            onChange={on.onStart}
            label="Start point w⁽⁰⁾"
            testId="start-handle"
          />
        </>
      }
    >
      <FilledContours field={field} levels={field.levels} />
      <ViewOutline points={outline} label="The region shown in the w̃ plot" />
      <GhostLayer ghost={ghost ?? null} />
      {out.plainGd && (
        <Trajectory
          iterates={out.plainGd.iterates}
          current={p.k}
          color={S.gd.color}
          dash={S.gd.dash}
          marker={S.gd.marker}
          label={`${S.gd.label} trajectory`}
          testId="traj-gd"
        />
      )}
      <Trajectory
        iterates={out.direct.iterates}
        current={p.k}
        highlight
        color={S.direct.color}
        dash={S.direct.dash}
        marker={S.direct.marker}
        label={`${S.direct.label} trajectory`}
        testId="traj-direct"
      />
      {out.viaTilde && (
        <Trajectory
          iterates={out.viaTilde.iterates}
          current={p.k}
          color={S.tilde.color}
          dash=""
          marker="circle"
          variant="rings"
          label={`${S.tilde.label} trajectory`}
          testId="traj-tilde-mapped"
        />
      )}
    </Plot2D>
  );
}
