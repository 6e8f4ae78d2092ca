import { useId } from 'react';
import { getObjective } from '../../core/objectives';
import { PROBLEM_IDS, type ProblemId } from '../../core/types';
import { Slider } from '../../components/Slider';
import { DEFAULT_LR, type Opt2dParams } from './opt2dParams';

const LABELS: Record<ProblemId, string> = {
  quadratic: 'Ill-conditioned quadratic',
  rosenbrock: 'Rosenbrock',
  logistic: 'Logistic sum (slide)',
  saddle: 'Saddle (non-convex)',
  himmelblau: 'Himmelblau',
};

/** Problem picker (+ κ for the quadratic). Switching problem resets start point and learning rate to that problem's defaults. */
export function ProblemControls({
  p,
  set,
}: {
  p: Opt2dParams;
  set(patch: Partial<Opt2dParams>): void;
}) {
  const id = useId();
  return (
    <div className="control-group">
      <div className="control">
        <label htmlFor={id}>Problem</label>
        <select
          id={id}
          value={p.problem}
          data-testid="problem-select"
          onChange={(e) => {
            const problem = e.target.value as ProblemId;
            const obj = getObjective(problem, { kappa: p.kappa });
            set({ problem, x0: obj.start, lr: DEFAULT_LR[problem], k: 0 });
          }}
        >
          {PROBLEM_IDS.map((id) => (
            <option key={id} value={id}>
              {LABELS[id]}
            </option>
          ))}
        </select>
      </div>
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
