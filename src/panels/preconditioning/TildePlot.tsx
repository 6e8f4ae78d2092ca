import type { Field } from '../../core/field/field';
import type { PrecondResult } from '../../core/precond/computePrecond';
import type { Mat2 } from '../../core/types';
import { Marker } from '../../components/plot/Marker';
import { useScales } from '../../components/plot/scales';
import { Trajectory } from '../../components/plot/Trajectory';
import { PreimagePlot } from '../shared/PreimagePlot';
import type { PlacedField } from '../shared/stableField';
import type { PrecondParams } from './params';
import { PRECOND_STYLE as S } from './style';
import { GREY } from '../../components/palette';

interface Props {
  wField: Field;
  tildeField: PlacedField;
  out: PrecondResult;
  p: PrecondParams;
  R: Mat2;
  width: number;
  follow: boolean;
}

/** The one GD step of the analysed iterate, in the w̃ space of that iterate (R follows it). */
function StepLayer({ out }: { out: PrecondResult }) {
  const { x, y } = useScales();
  const t = out.tilde!;
  return (
    <g data-testid="tilde-step">
      {t.next && (
        <line
          x1={x(t.at[0])}
          y1={y(t.at[1])}
          x2={x(t.next[0])}
          y2={y(t.next[1])}
          stroke={S.tilde.color}
          strokeWidth={3}
        />
      )}
      <Marker
        x={x(t.at[0])}
        y={y(t.at[1])}
        shape="circle"
        color={S.tilde.color}
        size={7}
        title="w̃⁽ᵏ⁾"
      />
      {t.next && (
        <Marker
          x={x(t.next[0])}
          y={y(t.next[1])}
          shape="circle"
          color={GREY.white}
          size={6}
          title="w̃⁽ᵏ⁾ − α∇J̃: the GD step in this space"
        />
      )}
    </g>
  );
}

/** The transformed space w̃: contours of J̃(w̃) = J(Rw̃ + b) with the same levels, GD run there. */
export function TildePlot({ wField, tildeField, out, p, R, width, follow }: Props) {
  return (
    <PreimagePlot
      field={tildeField.field}
      toView={tildeField.toView}
      view={tildeField.view}
      levels={wField.levels}
      map={{ A: R, c: p.b }}
      sourceDomain={wField.domain}
      width={width}
      axes={{ x: 'w̃₁', y: 'w̃₂' }}
      label="Transformed space w̃: contours of J(Rw̃ + b) with gradient descent"
      outlineLabel="The region shown in the w plot"
      testId="tilde-plot"
      arrowColors={S.columns}
    >
      {follow ? (
        <StepLayer out={out} />
      ) : (
        out.tildeIterates && (
          <Trajectory
            iterates={out.tildeIterates}
            current={p.k}
            highlight
            color={S.tilde.color}
            dash={S.tilde.dash}
            marker={S.tilde.marker}
            label="GD in w̃ trajectory"
            testId="traj-tilde"
          />
        )
      )}
    </PreimagePlot>
  );
}
