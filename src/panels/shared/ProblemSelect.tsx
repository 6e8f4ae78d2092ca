import type { PanelId } from '../../params/panelIds';
import { useCallback, useId, type ReactNode } from 'react';
import type { CustomInfo } from '../../core/expr/custom';
import { PROBLEM_IDS } from '../../core/types';
import { ParamSlider, type ParamSliderProps } from '../../components/ParamSlider';
import { CustomExpressionField, useFixFittedRange } from './CustomExpressionField';
import { problemLabel, type ProblemChoice } from './opt2dParams';

/** What the picker needs to offer "Type your own f(x, y)…". */
export interface CustomChoice {
  panel: PanelId;
  f: string;
  info: CustomInfo | null;
  onValid(f: string): void;
  /** Drop the manual view box so the worker fits a new one. */
  onFit(): void;
}

type Box = readonly [number, number, number, number] | null;

/**
 * The picker's typed-objective wiring for a panel whose params carry `problem`, `f` and `range`:
 * a new valid f drops the view box (the worker fits one), and a fitted box is kept in the URL.
 */
export function useCustomChoice(
  panel: PanelId,
  p: { problem: ProblemChoice; f: string; range: Box },
  set: (patch: { f?: string; range?: Box }) => void,
  info: CustomInfo | null | undefined,
): CustomChoice {
  const onValid = useCallback((f: string) => set({ f, range: null }), [set]);
  const onFit = useCallback(() => set({ range: null }), [set]);
  const setRange = useCallback((range: Box) => set({ range }), [set]);
  useFixFittedRange(p.problem === 'custom' ? info : null, p.range, setRange);
  return { panel, f: p.f, info: info ?? null, onValid, onFit };
}

/**
 * Picker for the built-in problems, with κ for the quadratic and room for more quadratic
 * controls; with `custom`, also a typed objective.
 */
export function ProblemSelect({
  problem,
  kappa,
  onProblem,
  custom,
  children,
}: {
  problem: ProblemChoice;
  /** The quadratic's κ slider, bound to the panel's declaration. */
  kappa: ParamSliderProps;
  onProblem(problem: ProblemChoice): void;
  custom?: CustomChoice;
  /** Extra controls shown for the quadratic (e.g. its rotation). */
  children?: ReactNode;
}) {
  const id = useId();
  const choices: readonly ProblemChoice[] = custom ? [...PROBLEM_IDS, 'custom'] : PROBLEM_IDS;
  return (
    <div className="control-group" data-control="problem">
      <div className="control">
        <label htmlFor={id}>Problem</label>
        <select
          id={id}
          value={problem}
          data-testid="problem-select"
          onChange={(e) => onProblem(e.target.value as ProblemChoice)}
        >
          {choices.map((p) => (
            <option key={p} value={p}>
              {problemLabel(p)}
            </option>
          ))}
        </select>
      </div>
      {problem === 'custom' && custom && (
        <>
          <CustomExpressionField
            panel={custom.panel}
            f={custom.f}
            custom={custom.info}
            onValid={custom.onValid}
          />
          <button
            type="button"
            onClick={custom.onFit}
            title="Fit the view around the start point and the minimum found from it"
          >
            Fit view to start point and minimum
          </button>
        </>
      )}
      {problem === 'quadratic' && (
        <>
          <ParamSlider {...kappa} />
          {children}
        </>
      )}
    </div>
  );
}
