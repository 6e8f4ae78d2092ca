import { useId } from 'react';
import type { Opt2dResult } from '../../core/compute/opt2d';
import { getObjective } from '../../core/objectives';
import { Slider } from '../../components/Slider';
import { CustomExpressionField } from './CustomExpressionField';
import {
  CUSTOM_START,
  DEFAULT_LR,
  PROBLEM_CHOICES,
  type Opt2dParams,
  type ProblemChoice,
} from './opt2dParams';

const LABELS: Record<ProblemChoice, string> = {
  quadratic: 'Ill-conditioned quadratic',
  rosenbrock: 'Rosenbrock',
  logistic: 'Logistic sum (slide)',
  saddle: 'Saddle (non-convex)',
  himmelblau: 'Himmelblau',
  custom: 'Type your own f(x, y)…',
};

/** Problem picker (+ κ for the quadratic). Switching problem resets start point and learning rate to that problem's defaults. */
export function ProblemControls({
  panel,
  p,
  out,
  set,
}: {
  panel: string;
  p: Opt2dParams;
  out: Opt2dResult | null;
  set(patch: Partial<Opt2dParams>): void;
}) {
  const id = useId();
  return (
    <div className="control-group" data-control="problem">
      <div className="control">
        <label htmlFor={id}>Problem</label>
        <select
          id={id}
          value={p.problem}
          data-testid="problem-select"
          onChange={(e) => {
            const problem = e.target.value as ProblemChoice;
            const x0 =
              problem === 'custom' ? CUSTOM_START : getObjective(problem, { kappa: p.kappa }).start;
            set({ problem, x0, lr: DEFAULT_LR[problem], k: 0, range: null });
          }}
        >
          {PROBLEM_CHOICES.map((id) => (
            <option key={id} value={id}>
              {LABELS[id]}
            </option>
          ))}
        </select>
      </div>
      {p.problem === 'custom' && <CustomExpressionField panel={panel} p={p} out={out} set={set} />}
      {p.problem === 'custom' && (
        <button
          type="button"
          onClick={() => set({ range: null })}
          title="Fit the view around the start point and the minimum found from it"
        >
          Fit view to start point and minimum
        </button>
      )}
      {p.problem === 'quadratic' && (
        <Slider
          label="Condition number κ"
          value={p.kappa}
          min={1}
          max={1000}
          log
          onChange={(kappa) => set({ kappa })}
          testId="kappa"
        />
      )}
    </div>
  );
}
