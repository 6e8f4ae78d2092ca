import { useMemo } from 'react';
import { FilledContours } from '../../components/plot/FilledContours';
import { Marker } from '../../components/plot/Marker';
import { Plot2D } from '../../components/plot/Plot2D';
import { Trajectory } from '../../components/plot/Trajectory';
import { useScales } from '../../components/plot/scales';
import type { Model2dResult } from '../../core/cg';
import { MODEL_STYLE } from './style';
import { OKABE_ITO } from '../../components/palette';
import { usePresent } from '../shared/usePresent';

function Points({ out }: { out: Model2dResult }) {
  const { x, y } = useScales();
  const min = out.vStar ? [out.w[0] + out.vStar[0], out.w[1] + out.vStar[1]] : null;
  return (
    <g>
      <Marker
        x={x(out.w[0])}
        y={y(out.w[1])}
        shape="cross"
        color={OKABE_ITO.black}
        size={7}
        title="w: where the model is built (v = 0)"
      />
      {min && (
        <Marker
          x={x(min[0])}
          y={y(min[1])}
          shape="star"
          color={OKABE_ITO.orange}
          size={9}
          title="the model's minimizer w − C⁻¹∇J"
        />
      )}
    </g>
  );
}

/** The model's contours with the GD and CG iterates, all in w-space. */
export function ModelPlot({ out, width }: { out: Model2dResult; width: number }) {
  const field = useMemo(
    () => ({ nx: out.field.nx, ny: out.field.ny, domain: out.domain, values: out.field.values }),
    [out],
  );
  // Capped for reading; on the presenter stage the figure takes the height it is given.
  const present = usePresent();
  const size = Math.max(300, present ? width : Math.min(width, 560));
  return (
    <Plot2D
      domain={out.domain}
      width={size}
      height={size - 12}
      xLabel="w₁"
      yLabel="w₂"
      label="Contours of the quadratic model with the iterates of GD and CG"
      testId="model-plot"
    >
      <FilledContours field={field} levels={out.levels} />
      {out.gdFixed.stop !== 'not-run' && (
        <Trajectory
          iterates={out.gdFixed.iterates}
          current={0}
          {...MODEL_STYLE.gdFixed}
          testId="traj-gd-fixed"
        />
      )}
      <Trajectory
        iterates={out.gdExact.iterates}
        current={1}
        highlight={out.k1Distance < 1e-9}
        {...MODEL_STYLE.gdExact}
        testId="traj-gd-exact"
      />
      <Trajectory iterates={out.cg.iterates} current={0} {...MODEL_STYLE.cg} testId="traj-cg" />
      <Points out={out} />
    </Plot2D>
  );
}
