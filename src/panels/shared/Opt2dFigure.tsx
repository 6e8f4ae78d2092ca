import { ComputeError } from '../../components/ComputeError';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Opt2dResult } from '../../core/newton/compute';
import type { Run2 } from '../../core/types';
import { Legend, type LegendItem } from '../../components/Legend';
import { METHOD_STYLE } from '../../components/palette';
import { PlayControls } from '../../components/PlayControls';
import { statusChip } from './captions';
import { FigureTools } from './FigureTools';
import { FigureText } from '../../components/FigureText';
import { describeOpt2d } from './describeOpt2d';
import { LossStrip } from './LossStrip';
import { STAGE_OVERLAY_INSET, usePresent } from './usePresent';
import { OptimizationPlot } from './OptimizationPlot';
import { shownOpt2d } from './predict/opt2d';
import { HIDDEN_RUNS, HIDDEN_STATUS } from './predict/HiddenStep';
import type { Opt2dPanelView } from './useOpt2dPanel';

interface Props {
  /** The panel's state (useOpt2dPanel). */
  view: Opt2dPanelView;
  /** Figure title used in exports. */
  title: string;
  showTaylor: boolean;
  /** Legend label of a run (defaults to the method's name). */
  runLabel?(r: Run2): string;
  extraLegend?: LegendItem[];
  caption(out: Opt2dResult): string;
  /** Extra layers under the trajectories. */
  children?: ReactNode;
}

/**
 * The figure column the 2-D panels share: contour plot with trajectories and start handle,
 * legend with run status, loss strip, step controls, export/ghost tools and the caption.
 */
export function Opt2dFigure(props: Props) {
  const { title, showTaylor } = props;
  const { panel, p, set, output, field, error, plotWidth: width, obj, predict } = props.view;
  // On the stage the loss strip is a secondary view drawn inside a padded overlay (stage.css).
  const present = usePresent();
  const onK = useCallback((k: number) => set({ k }), [set]);
  const figureRef = useRef<HTMLDivElement>(null);
  const [ghost, setGhost] = useState<Run2[] | null>(null);
  const hideRuns = !predict.runsShown;
  // What every view of the figure draws (runs cut at the shown iterate in predict mode): one
  // object, so the plot's memoised layers see the same result on every render.
  const { on, visible, stepHidden } = predict;
  const shown = useMemo(
    () => output && shownOpt2d(output, { on, visible, stepHidden }),
    [output, on, visible, stepHidden],
  );
  // While predict mode hides how the runs end, the step count would tell: show the budget.
  const maxK = output && !hideRuns ? Math.max(...output.runs.map((r) => r.steps)) : p.steps;
  return (
    <>
      <ComputeError error={error} />
      {output && field ? (
        <>
          <FigureText
            {...describeOpt2d(shown ?? output, {
              objective: obj.label,
              domain: field.domain,
              show: p.show,
              k: p.k,
              eta: p.eta,
              outcomesHidden: !predict.runsShown,
            })}
            target="main-plot"
          >
            <div ref={figureRef}>
              <OptimizationPlot
                ghost={ghost}
                output={shown ?? output}
                field={field}
                width={width}
                k={p.k}
                x0={p.x0}
                onStart={(x0) => set({ x0 })}
                showTaylor={showTaylor}
                stationary={obj.stationary}
                label={`Contours of ${obj.label} with optimizer trajectories`}
                predictLayer={predict.layer}
              >
                {props.children}
              </OptimizationPlot>
            </div>
          </FigureText>
          {predict.box}
          <Legend
            items={[
              ...output.runs
                .filter((r) => p.show.includes(r.method))
                .map((r) => ({
                  label: props.runLabel?.(r) ?? METHOD_STYLE[r.method].label,
                  color: METHOD_STYLE[r.method].color,
                  dash: METHOD_STYLE[r.method].dash,
                  status: hideRuns ? HIDDEN_STATUS : statusChip(r),
                })),
              ...(props.extraLegend ?? []),
            ]}
          />
          <LossStrip
            runs={(shown ?? output).runs}
            shown={p.show}
            name={props.view.name}
            width={present ? width - STAGE_OVERLAY_INSET : width}
          />
          <PlayControls k={p.k} max={maxK} onK={onK} />
          <FigureTools
            panel={panel}
            title={title}
            figure={figureRef}
            out={output}
            p={p}
            ghost={ghost}
            setGhost={setGhost}
          />
          <p className="caption" data-testid="caption" aria-live="polite">
            {hideRuns ? HIDDEN_RUNS : props.caption(output)}
          </p>
        </>
      ) : (
        <p className="loading">Computing…</p>
      )}
    </>
  );
}
