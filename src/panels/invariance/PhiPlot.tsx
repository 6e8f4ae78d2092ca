import type { Field } from '../../core/compute/opt2d';
import type { InvarianceResult } from '../../core/precond/computeInvariance';
import type { GridField } from '../../components/plot/contourPaths';
import { FilledContours } from '../../components/plot/FilledContours';
import { Plot2D } from '../../components/plot/Plot2D';
import { Trajectory } from '../../components/plot/Trajectory';
import { ColumnArrows } from '../shared/ColumnArrows';
import { cornersBack, equalAspectHeight, ViewOutline } from '../shared/ViewOutline';
import { matrixM, type InvParams } from './params';
import { M_COLORS } from './ThetaPlot';
import { INV_STYLE } from './style';
import { unitScale } from '../preconditioning/TildePlot';

/** φ-space: J(Mφ + c) with the same contour levels, and each method run natively in φ. */
export function PhiPlot({
  thetaField,
  phiField,
  out,
  p,
  width,
}: {
  thetaField: Field;
  phiField: GridField;
  out: InvarianceResult;
  p: InvParams;
  width: number;
}) {
  // The stable field's domain (same object while the view is unchanged): a new domain object
  // would rebuild the scales and redraw the contour raster on every update.
  const domain = phiField.domain;
  const outline = cornersBack({ A: matrixM(p), c: p.c }, thetaField.domain);
  const span = domain[0][1] - domain[0][0];
  return (
    <Plot2D
      domain={domain}
      width={width}
      height={equalAspectHeight(domain, width)}
      xLabel="φ₁"
      yLabel="φ₂"
      label="φ-space: contours of J(Mφ + c) and each method run in φ"
      testId="phi-plot"
    >
      <FilledContours field={phiField} levels={thetaField.levels} vector />
      <ViewOutline points={outline} label="The region shown in the θ plot" />
      <ColumnArrows
        A={[1, 0, 0, 1]}
        origin={[0, 0]}
        scale={unitScale(span)}
        names={['e₁', 'e₂']}
        originName="0"
        colors={M_COLORS}
        testIds={['e1', 'e2']}
        onColumn={() => {}}
        readOnly
      />
      {out.pairs.map((pair) => {
        const st = INV_STYLE[pair.method];
        return (
          <Trajectory
            key={pair.method}
            iterates={pair.phi.iterates}
            current={0}
            color={st.color}
            dash={st.dash}
            marker={st.marker}
            label={`${st.label} in φ`}
            testId={`traj-phi-${pair.method}`}
          />
        );
      })}
    </Plot2D>
  );
}
