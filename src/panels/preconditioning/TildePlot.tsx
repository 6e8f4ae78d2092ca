import type { Field } from '../../core/compute/opt2d';
import type { PrecondResult } from '../../core/precond/computePrecond';
import type { Mat2 } from '../../core/types';
import type { GridField } from '../../components/plot/contourPaths';
import { FilledContours } from '../../components/plot/FilledContours';
import { Marker } from '../../components/plot/Marker';
import { Plot2D } from '../../components/plot/Plot2D';
import { useScales } from '../../components/plot/scales';
import { Trajectory } from '../../components/plot/Trajectory';
import { ColumnArrows } from '../shared/ColumnArrows';
import { cornersBack, equalAspectHeight, ViewOutline } from '../shared/ViewOutline';
import type { PrecondParams } from './params';
import { PRECOND_STYLE as S } from './style';

interface Props {
  wField: Field;
  tildeField: GridField;
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
          color="#fff"
          size={6}
          title="w̃⁽ᵏ⁾ − α∇J̃: the GD step in this space"
        />
      )}
    </g>
  );
}

/** 1, 2 or 5 × 10ᵏ: the largest that keeps a unit arrow within a quarter of the view. */
export function unitScale(span: number): number {
  const t = 0.25 * span;
  const e = 10 ** Math.floor(Math.log10(t));
  return t >= 5 * e ? 5 * e : t >= 2 * e ? 2 * e : e;
}

/** The transformed space w̃: contours of J̃(w̃) = J(Rw̃ + b) with the same levels, GD run there. */
export function TildePlot({ wField, tildeField, out, p, R, width, follow }: Props) {
  const outline = cornersBack({ A: R, c: p.b }, wField.domain);
  // The stable field's domain (same object while the view is unchanged): a new domain object
  // would rebuild the scales and redraw the contour raster on every update.
  const domain = tildeField.domain;
  const span = domain[0][1] - domain[0][0];
  return (
    <Plot2D
      domain={domain}
      width={width}
      height={equalAspectHeight(domain, width)}
      xLabel="w̃₁"
      yLabel="w̃₂"
      label="Transformed space w̃: contours of J(Rw̃ + b) with gradient descent"
      testId="tilde-plot"
    >
      <FilledContours field={tildeField} levels={wField.levels} vector />
      <ViewOutline points={outline} label="The region shown in the w plot" />
      <ColumnArrows
        A={[1, 0, 0, 1]}
        origin={[0, 0]}
        scale={unitScale(span)}
        names={['e₁', 'e₂']}
        originName="0"
        colors={S.columns}
        testIds={['e1', 'e2']}
        onColumn={() => {}}
        readOnly
      />
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
    </Plot2D>
  );
}
