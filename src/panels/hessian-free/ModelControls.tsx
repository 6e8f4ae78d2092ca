import { useCallback } from 'react';
import { Slider } from '../../components/Slider';
import type { CustomInfo } from '../../core/expr/custom';
import { CustomExpressionField } from '../shared/CustomExpressionField';
import { HF_PROBLEMS, type HfParams, type HfProblem } from './params';

interface Props {
  panel: string;
  p: HfParams;
  set(patch: Partial<HfParams>): void;
  /** What the worker made of a typed objective (null for the built-ins or before it answers). */
  custom: CustomInfo | null;
}

const PROBLEM_LABEL: Record<HfProblem, string> = {
  quadratic: 'Quadratic (C = H)',
  rosenbrock: 'Rosenbrock (C = Gauss-Newton)',
  himmelblau: 'Himmelblau (C = Gauss-Newton)',
  custom: 'Type your own f(x, y)… (C = H)',
};

/** Controls of the 2-D model view. */
export function ModelControls({ panel, p, set, custom }: Props) {
  const onValid = useCallback((f: string) => set({ f }), [set]);
  return (
    <div className="control-group">
      <div className="control" data-control="problem">
        <label htmlFor="hf-problem">Objective J</label>
        <select
          id="hf-problem"
          value={p.problem}
          data-testid="problem"
          onChange={(e) => set({ problem: e.target.value as HfParams['problem'] })}
        >
          {HF_PROBLEMS.map((id) => (
            <option key={id} value={id}>
              {PROBLEM_LABEL[id]}
            </option>
          ))}
        </select>
      </div>
      {p.problem === 'custom' && (
        <CustomExpressionField panel={panel} f={p.f} custom={custom} onValid={onValid} />
      )}
      {p.problem === 'quadratic' && (
        <div data-control="kappa">
          <Slider
            label="κ of the quadratic"
            value={p.kappa}
            min={1}
            max={1000}
            log
            onChange={(kappa) => set({ kappa })}
            testId="kappa"
          />
        </div>
      )}
      <div data-control="w">
        <Slider
          label="w₁"
          value={p.w[0]}
          min={-3}
          max={3}
          step={0.05}
          onChange={(v) => set({ w: [v, p.w[1]] })}
          testId="w1"
        />
        <Slider
          label="w₂"
          value={p.w[1]}
          min={-3}
          max={3}
          step={0.05}
          onChange={(v) => set({ w: [p.w[0], v] })}
          testId="w2"
        />
      </div>
      <div data-control="damp">
        <Slider
          label="Damping λ (C + λI)"
          value={p.damp}
          min={1e-4}
          max={1e3}
          log
          allowZero
          onChange={(damp) => set({ damp })}
          testId="damp"
        />
      </div>
      <div data-control="steps">
        <Slider
          label="GD steps"
          value={p.steps}
          min={1}
          max={100}
          step={1}
          onChange={(steps) => set({ steps })}
          testId="steps"
        />
      </div>
    </div>
  );
}
