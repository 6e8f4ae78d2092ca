import { memo, useMemo } from 'react';
import { contourPaths, type GridField } from './contourPaths';
import { useScales } from './scales';

interface Props {
  field: GridField;
  levels: readonly number[];
  color: string;
  dash?: string;
  width?: number;
  testId?: string;
}

/** Unfilled level lines, e.g. the Taylor model's contours over the true objective. */
export const ContourLines = memo(function ContourLines({
  field,
  levels,
  color,
  dash,
  width = 1.6,
  testId,
}: Props) {
  const s = useScales();
  const paths = useMemo(() => contourPaths(field, levels, s), [field, levels, s]);
  return (
    <g aria-hidden="true" data-testid={testId}>
      {paths.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={color} strokeWidth={width} strokeDasharray={dash} />
      ))}
    </g>
  );
});
