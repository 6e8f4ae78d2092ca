import { useId, type ReactNode } from 'react';
import { getObjective } from '../../core/objectives';
import { PROBLEM_IDS, type ProblemId } from '../../core/types';
import { Slider } from '../../components/Slider';

/**
 * Picker for the built-in problems (no typed objective: these panels need each problem's known
 * curvature structure), with κ for the quadratic and room for more quadratic controls.
 */
export function ProblemSelect({
  problem,
  kappa,
  onProblem,
  onKappa,
  children,
}: {
  problem: ProblemId;
  kappa: number;
  onProblem(problem: ProblemId): void;
  onKappa(kappa: number): void;
  /** Extra controls shown for the quadratic (e.g. its rotation). */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="control-group" data-control="problem">
      <div className="control">
        <label htmlFor={id}>Problem</label>
        <select
          id={id}
          value={problem}
          data-testid="problem-select"
          onChange={(e) => onProblem(e.target.value as ProblemId)}
        >
          {PROBLEM_IDS.map((p) => (
            <option key={p} value={p}>
              {p === 'quadratic' ? 'Ill-conditioned quadratic' : getObjective(p).label}
            </option>
          ))}
        </select>
      </div>
      {problem === 'quadratic' && (
        <>
          <Slider
            label="Condition number κ"
            value={kappa}
            min={1}
            max={1000}
            log
            onChange={onKappa}
            testId="kappa"
          />
          {children}
        </>
      )}
    </div>
  );
}
