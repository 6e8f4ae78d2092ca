import type { PanelId } from '../../params/panelIds';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Field } from '../../core/field/field';
import type { Opt2dResult } from '../../core/newton/compute';
import type { Run2 } from '../../core/types';
import { Legend, type LegendItem } from '../../components/Legend';
import { METHOD_STYLE } from '../../components/palette';
import { PlayControls } from '../../components/PlayControls';
import { statusChip } from './captions';
import { FigureTools } from './FigureTools';
import { FigureText } from '../../components/FigureText';
import { describeOpt2d } from './describeOpt2d';
import type { ObjectiveView } from './objectiveView';
import { OptimizationPlot } from './OptimizationPlot';
import type { Opt2dParams } from './opt2dParams';
import { shownOpt2d } from './predict/opt2d';
import { HIDDEN_RUNS, HIDDEN_STATUS } from './predict/HiddenStep';
import type { PredictView } from './predict/usePredict';

interface Props {
  panel: PanelId;
  /** Figure title used in exports. */
  title: string;
  p: Opt2dParams;
  set(patch: Partial<Opt2dParams>): void;
  output: Opt2dResult | null;
  field: Field | null;
  error: string | undefined;
  width: number;
  obj: ObjectiveView;
  showTaylor: boolean;
  /** Legend label of a run (defaults to the method's name). */
  runLabel?(r: Run2): string;
  extraLegend?: LegendItem[];
  caption(out: Opt2dResult): string;
  /** A chart under the legend (the loss strip), drawn once there is a result. */
  strip?: ReactNode;
  /** Extra layers under the trajectories. */
  children?: ReactNode;
  /** Predict mode (predict/usePredict): hides what comes after iterate k until predicted. */
  predict?: PredictView;
}

/**
 * The figure column the 2-D panels share: contour plot with trajectories and start handle,
 * legend with run status, step controls, export/ghost tools and the caption.
 */
export function Opt2dFigure(props: Props) {
  const { panel, title, p, set, output, field, error, width, obj, showTaylor } = props;
  const onK = useCallback((k: number) => set({ k }), [set]);
  const figureRef = useRef<HTMLDivElement>(null);
  const [ghost, setGhost] = useState<Run2[] | null>(null);
  const predict = props.predict;
  const hideRuns = predict !== undefined && !predict.runsShown;
  // While predict mode hides how the runs end, the step count would tell: show the budget.
  const maxK = output && !hideRuns ? Math.max(...output.runs.map((r) => r.steps)) : p.steps;
  return (
    <>
      {error && (
        <div className="notice notice-error" role="alert">
          The computation failed: {error}
        </div>
      )}
      {output && field ? (
        <>
          <FigureText
            {...describeOpt2d(predict ? shownOpt2d(output, predict) : output, {
              objective: obj.label,
              domain: field.domain,
              show: p.show,
              k: p.k,
              eta: p.eta,
              outcomesHidden: predict ? !predict.runsShown : false,
            })}
            target="main-plot"
          >
            <div ref={figureRef}>
              <OptimizationPlot
                ghost={ghost}
                output={predict ? shownOpt2d(output, predict) : output}
                field={field}
                width={width}
                k={p.k}
                x0={p.x0}
                onStart={(x0) => set({ x0 })}
                showTaylor={showTaylor}
                stationary={obj.stationary}
                label={`Contours of ${obj.label} with optimizer trajectories`}
                predictLayer={predict?.layer}
              >
                {props.children}
              </OptimizationPlot>
            </div>
          </FigureText>
          {predict?.box}
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
          {props.strip}
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
