import type { Ref } from 'react';
import type { Mat2 } from '../../core/types';
import { ellipsePathD } from './ellipse';
import { useScales } from './scales';

interface Props {
  /** Covariance (second-moment) matrix M; null draws nothing until `pathRef` fills it in. */
  matrix: Mat2 | null;
  /** Draw {v : vᵀM⁻¹v = radius²}; 2 encloses ≈ 86% of a Gaussian cloud. */
  radius?: number;
  center?: readonly [number, number];
  color: string;
  dash?: string;
  width?: number;
  testId?: string;
  /** The <path>, for animations that update `d` every frame without a React render. */
  pathRef?: Ref<SVGPathElement>;
}

/** The ellipse of a 2 × 2 covariance matrix in the current plot's coordinates. */
export function CovarianceEllipse({
  matrix,
  radius = 2,
  center,
  color,
  dash,
  width = 2.5,
  testId,
  pathRef,
}: Props) {
  const { x, y } = useScales();
  return (
    <path
      ref={pathRef}
      d={matrix ? ellipsePathD(matrix, radius, x, y, center) : ''}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dash || undefined}
      data-testid={testId}
    />
  );
}
