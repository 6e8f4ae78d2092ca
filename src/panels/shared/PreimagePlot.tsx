import type { ReactNode } from 'react';
import type { Map2 } from '../../core/field/reuse';
import type { Affine2 } from '../../core/precond/affine';
import type { GridField } from '../../components/plot/contourPaths';
import { FilledContours } from '../../components/plot/FilledContours';
import { Plot2D } from '../../components/plot/Plot2D';
import { ColumnArrows } from './ColumnArrows';
import type { Domain } from '../../components/plot/Plot2D';
import { cornersBack, equalAspectHeight, ViewOutline } from './ViewOutline';

/** 1, 2 or 5 × 10ᵏ: the largest that keeps a unit arrow within a quarter of the view. */
export function unitScale(span: number): number {
  const t = 0.25 * span;
  const e = 10 ** Math.floor(Math.log10(t));
  return t >= 5 * e ? 5 * e : t >= 2 * e ? 2 * e : e;
}

interface Props {
  /** J(Ay + c) sampled over (at least) the view, a stable object while it is unchanged. */
  field: GridField;
  /** Where the field's coordinates land in the plot's, when it was sampled through another map. */
  toView?: Map2;
  /** The region of the new coordinates shown (a stable object while it is unchanged). */
  view: Domain;
  /** The original plot's levels, so equal colours mean equal values of J. */
  levels: readonly number[];
  /** The map from the new coordinates to the original ones, and the original plot's view. */
  map: Affine2;
  sourceDomain: Domain;
  width: number;
  axes: { x: string; y: string };
  label: string;
  outlineLabel: string;
  testId: string;
  arrowColors: readonly [string, string];
  /** The runs drawn in the new coordinates. */
  children: ReactNode;
}

/**
 * The second plot of the Preconditioning (w̃) and Invariance (φ) panels: the same objective in
 * coordinates y with x = Ay + c, the original view's region as a dashed outline, and the unit
 * vectors e₁, e₂ (which the map sends to the columns drawn in the original plot).
 */
export function PreimagePlot(props: Props) {
  const { field, levels, map, sourceDomain, width, axes, arrowColors, children } = props;
  const domain = props.view;
  return (
    <Plot2D
      domain={domain}
      width={width}
      height={equalAspectHeight(domain, width)}
      xLabel={axes.x}
      yLabel={axes.y}
      label={props.label}
      testId={props.testId}
    >
      <FilledContours field={field} levels={levels} toView={props.toView} vector />
      <ViewOutline points={cornersBack(map, sourceDomain)} label={props.outlineLabel} />
      <ColumnArrows
        A={[1, 0, 0, 1]}
        origin={[0, 0]}
        scale={unitScale(domain[0][1] - domain[0][0])}
        names={['e₁', 'e₂']}
        originName="0"
        colors={arrowColors}
        testIds={['e1', 'e2']}
        onColumn={() => {}}
        readOnly
      />
      {children}
    </Plot2D>
  );
}
