import type { Field } from '../../core/field/field';
import type { InvarianceView } from './methods';
import type { GridField } from '../../components/plot/contourPaths';
import { Trajectory } from '../../components/plot/Trajectory';
import { PreimagePlot } from '../shared/PreimagePlot';
import { matrixM, type InvParams } from './params';
import { M_COLORS } from './ThetaPlot';
import { INV_STYLE, methodName } from './style';

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
  out: InvarianceView;
  p: InvParams;
  width: number;
}) {
  return (
    <PreimagePlot
      field={phiField}
      view={phiField.domain}
      levels={thetaField.levels}
      map={{ A: matrixM(p), c: p.c }}
      sourceDomain={thetaField.domain}
      width={width}
      axes={{ x: 'φ₁', y: 'φ₂' }}
      label="φ-space: contours of J(Mφ + c) and each method run in φ"
      outlineLabel="The region shown in the θ plot"
      testId="phi-plot"
      arrowColors={M_COLORS}
    >
      {out.pairs.map((pair) => {
        const st = INV_STYLE[pair.method];
        const name = methodName(pair.method, p.eta, 'label');
        return (
          <Trajectory
            key={pair.method}
            iterates={pair.phi.iterates}
            current={0}
            color={st.color}
            dash={st.dash}
            marker={st.marker}
            label={`${name} in φ`}
            testId={`traj-phi-${pair.method}`}
          />
        );
      })}
    </PreimagePlot>
  );
}
