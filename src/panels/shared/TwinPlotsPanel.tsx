import { PanelShell } from './PanelShell';
import { ComputeError } from '../../components/ComputeError';
import { DownloadButton } from '../../components/DownloadButton';
import type { PanelId } from '../../params/panelIds';
import type { ReactNode } from 'react';
import { useElementWidth } from '../../components/useElementWidth';
import { FigureText } from '../../components/FigureText';
import type { FigureDescription } from './describeFigure';
import './twinPlots.css';

interface Plot<T> {
  title: ReactNode;
  /** The plot at the given width. */
  render(width: number, data: T): ReactNode;
}

interface Props<T> {
  panel: PanelId;
  title: string;
  /** TeX of the objective and of the map between the two spaces. */
  objectiveTex: string;
  mapTex: string;
  error: string | undefined;
  /** What the plots draw; null until the first result arrived ("Computing…"). */
  data: T | null;
  left: Plot<T>;
  right: Plot<T>;
  /** Legend, readouts and caption under the plots. */
  below(data: T): ReactNode;
  controls: ReactNode;
  /** The two plots' text alternative and data table (FigureText). */
  figureText?(data: T): FigureDescription;
  /** The panel's public data document ("Download data"). */
  download(data: T): unknown;
  /** Sections after the figure and controls, given the width of one plot. */
  rows(data: T, plotWidth: number): ReactNode;
}

/**
 * The page of a panel that shows one problem in two coordinate systems side by side
 * (Preconditioning: w and w̃; Invariance: θ and φ): header, the two plots, what goes under them,
 * the controls, and further rows.
 */
export function TwinPlotsPanel<T>(props: Props<T>) {
  const { panel, title, error, data, left, right } = props;
  const [plotsRef, plotsWidth] = useElementWidth<HTMLDivElement>(900);
  const plotW = Math.max(260, Math.floor((plotsWidth - 16) / 2));
  return (
    <PanelShell panel={panel} title={title} tex={[props.objectiveTex, props.mapTex]}>
      <div className="panel-grid wide">
        <div className="figure-col">
          <ComputeError error={error} />
          {/* Always the wrapper (empty until a result): the plots' container stays mounted,
              so the width it measures follows the page (and the stage). */}
          <FigureText
            {...((data && props.figureText?.(data)) ?? { name: '', description: '', table: null })}
            target="main-plot"
          >
            <div className="twin-plots" ref={plotsRef}>
              {data ? (
                [left, right].map((plot, i) => (
                  <figure key={i}>
                    <h2 className="plot-title">{plot.title}</h2>
                    {plot.render(plotW, data)}
                  </figure>
                ))
              ) : (
                <p className="loading">Computing…</p>
              )}
            </div>
          </FigureText>
          {data && props.below(data)}
        </div>
        <aside className="controls-col" aria-label="Controls">
          {props.controls}
          {data && (
            <DownloadButton
              filename={`curvature-lab-${panel}.json`}
              getData={() => props.download(data)}
            />
          )}
        </aside>
      </div>
      {data && props.rows(data, plotW)}
    </PanelShell>
  );
}
