import type { PanelId } from '../../params/panelIds';
import type { ReactNode } from 'react';
import { Formula } from '../../components/Formula';
import { useElementWidth } from '../../components/useElementWidth';
import { FigureText } from '../../components/FigureText';
import type { FigureDescription } from './describeFigure';
import './twinPlots.css';

interface Plot {
  title: ReactNode;
  /** The plot at the given width, or null while there is nothing to draw. */
  render(width: number): ReactNode;
}

interface Props {
  panel: PanelId;
  title: string;
  /** TeX of the objective and of the map between the two spaces. */
  objectiveTex: string;
  mapTex: string;
  error: string | undefined;
  /** False until the first result arrived ("Computing…"). */
  ready: boolean;
  left: Plot;
  right: Plot;
  /** Legend, readouts and caption under the plots. */
  below: ReactNode;
  controls: ReactNode;
  /** The two plots' text alternative and data table (FigureText), once there is a result. */
  figureText?: FigureDescription | null;
  /** Sections after the figure and controls, given the width of one plot. */
  rows?(plotWidth: number): ReactNode;
}

/**
 * The page of a panel that shows one problem in two coordinate systems side by side
 * (Preconditioning: w and w̃; Invariance: θ and φ): header, the two plots, what goes under them,
 * the controls, and further rows.
 */
export function TwinPlotsPanel(props: Props) {
  const { panel, title, error, ready, left, right } = props;
  const [plotsRef, plotsWidth] = useElementWidth<HTMLDivElement>(900);
  const plotW = Math.max(260, Math.floor((plotsWidth - 16) / 2));
  const titleId = `${panel}-title`;
  const plots = (
    <div className="twin-plots" ref={plotsRef}>
      {ready ? (
        [left, right].map((plot, i) => (
          <figure key={i}>
            <h2 className="plot-title">{plot.title}</h2>
            {plot.render(plotW)}
          </figure>
        ))
      ) : (
        <p className="loading">Computing…</p>
      )}
    </div>
  );
  return (
    <section className="panel" data-panel={panel} aria-labelledby={titleId}>
      <header className="panel-header">
        <h1 id={titleId}>{title}</h1>
        <p className="objective">
          <Formula tex={props.objectiveTex} />
        </p>
        <p className="objective">
          <Formula tex={props.mapTex} />
        </p>
      </header>
      <div className="panel-grid wide">
        <div className="figure-col">
          {error && (
            <div className="notice notice-error" role="alert">
              The computation failed: {error}
            </div>
          )}
          {/* Always the wrapper (empty until a result): the plots' container stays mounted,
              so the width it measures follows the page (and the stage). */}
          <FigureText
            {...(props.figureText ?? { name: '', description: '', table: null })}
            target="main-plot"
          >
            {plots}
          </FigureText>
          {props.below}
        </div>
        <aside className="controls-col" aria-label="Controls">
          {props.controls}
        </aside>
      </div>
      {props.rows?.(plotW)}
    </section>
  );
}
