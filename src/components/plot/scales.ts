import { createContext, useContext } from 'react';
import type { LinearScale } from './scale';

/** Scales from parameter space (w₁, w₂) to SVG pixels, shared by every layer of a plot. */
export interface PlotScales {
  x: LinearScale;
  y: LinearScale;
  innerWidth: number;
  innerHeight: number;
}

export const ScalesContext = createContext<PlotScales | null>(null);

export function useScales(): PlotScales {
  const s = useContext(ScalesContext);
  if (!s) throw new Error('Plot layers must be rendered inside <Plot2D>.');
  return s;
}
