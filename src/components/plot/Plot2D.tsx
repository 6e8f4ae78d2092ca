import { scaleLinear } from './scale';
import { ClipDef, PlotSvg } from './PlotSvg';
import { useId, useMemo, type ReactNode } from 'react';
import { ScalesContext, type PlotScales } from './scales';
import { Axes } from './Axes';
import { useFigureAlt } from '../FigureText';

export type Domain = readonly [readonly [number, number], readonly [number, number]];

interface Props {
  domain: Domain;
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** Accessible name of the whole figure. */
  label: string;
  children: ReactNode;
  /** Extra layers drawn outside the clipped plotting area (handles that may sit on the edge). */
  overlay?: ReactNode;
  testId?: string;
}

const MARGIN = { top: 10, right: 12, bottom: 44, left: 54 };

/** A 2-D parameter-space figure: axes, a clipped plotting area and shared scales for its layers. */
export function Plot2D({
  domain,
  width,
  height,
  xLabel,
  yLabel,
  label,
  children,
  overlay,
  testId,
}: Props) {
  const innerWidth = Math.max(50, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(50, height - MARGIN.top - MARGIN.bottom);
  const scales = useMemo<PlotScales>(
    () => ({
      x: scaleLinear().domain(domain[0]).range([0, innerWidth]),
      y: scaleLinear().domain(domain[1]).range([innerHeight, 0]),
      innerWidth,
      innerHeight,
    }),
    [domain, innerWidth, innerHeight],
  );
  const clipId = `clip${useId().replace(/:/g, '')}`;
  // The main plot's drawing is the figure's image (FigureText); the handles in `overlay` stay
  // outside it, operable.
  const alt = useFigureAlt(testId);
  return (
    <PlotSvg width={width} height={height} role="group" label={label} testId={testId} viewBox>
      <ScalesContext.Provider value={scales}>
        <ClipDef id={clipId} width={innerWidth} height={innerHeight} />
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g {...alt}>
            <g clipPath={`url(#${clipId})`}>{children}</g>
            <Axes xLabel={xLabel} yLabel={yLabel} />
          </g>
          {overlay}
        </g>
      </ScalesContext.Provider>
    </PlotSvg>
  );
}
