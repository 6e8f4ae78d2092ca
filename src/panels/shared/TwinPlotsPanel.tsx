import { PanelShell } from './PanelShell';
import { ComputeError } from '../../components/ComputeError';
import type { PanelId } from '../../params/panelIds';
import type { ReactNode } from 'react';
import { useElementWidth } from '../../components/useElementWidth';
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
  return (
    <PanelShell panel={panel} title={title} tex={[props.objectiveTex, props.mapTex]}>
      <div className="panel-grid wide">
        <div className="figure-col">
          <ComputeError error={error} />
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
          {props.below}
        </div>
        <aside className="controls-col" aria-label="Controls">
          {props.controls}
        </aside>
      </div>
      {props.rows?.(plotW)}
    </PanelShell>
  );
}
