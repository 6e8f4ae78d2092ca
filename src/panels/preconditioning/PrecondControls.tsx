import type { CustomInfo } from '../../core/expr/custom';
import { Slider } from '../../components/Slider';
import { defaultStart } from '../shared/opt2dParams';
import { MatrixEntry } from '../shared/MatrixEntry';
import { ProblemSelect, useCustomChoice } from '../shared/ProblemSelect';
import { PRESET_LABEL } from './caption';
import { matrixR, PRECOND_PANEL, PRESET_CHOICES, type PrecondParams } from './params';

/** The controls column: R (presets, following the iterate, entries), problem, α, steps. */
export function PrecondControls({
  p,
  set,
  follow,
  arrowScale,
  custom,
}: {
  p: PrecondParams;
  set(patch: Partial<PrecondParams>): void;
  follow: boolean;
  arrowScale: number;
  /** What the worker made of a typed objective (null for the built-ins or before it answers). */
  custom: CustomInfo | null;
}) {
  const customChoice = useCustomChoice(PRECOND_PANEL, p, set, custom);
  return (
    <>
      <fieldset className="control-group" data-control="preset">
        <legend>Preconditioner R</legend>
        <div className="preset-list" role="group" aria-label="Presets for R">
          {PRESET_CHOICES.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={p.preset === id}
              data-testid={`preset-${id}`}
              onClick={() => set({ preset: id })}
            >
              {PRESET_LABEL[id]}
            </button>
          ))}
        </div>
        {p.preset === 'damped' && (
          <Slider
            label="Damping η"
            value={p.eta}
            min={1e-4}
            max={1e3}
            log
            allowZero
            onChange={(eta) => set({ eta })}
            testId="eta"
          />
        )}
        <label className="check" data-control="follow">
          <input
            type="checkbox"
            checked={follow}
            disabled={p.preset === 'custom'}
            data-testid="follow"
            onChange={(e) => set({ curv: e.target.checked ? 'iterate' : 'start', k: 0 })}
          />
          R follows the iterate (curvature at each w⁽ᵏ⁾, not only at w⁽⁰⁾)
        </label>
        <MatrixEntry
          name="R"
          A={matrixR(p)}
          onChange={(A) => set({ preset: 'custom', r1: [A[0], A[2]], r2: [A[1], A[3]] })}
          vectorName="b"
          vector={p.b}
          onVector={(b) => set({ b })}
          testId="R"
        />
        <p className="hint">
          Drag the arrow tips r₁, r₂ (the columns of R
          {arrowScale === 1 ? '' : `, drawn ×${arrowScale}`}) or the origin b in the left plot.
        </p>
      </fieldset>
      <ProblemSelect
        problem={p.problem}
        kappa={p.kappa}
        onProblem={(problem) =>
          set({ problem, x0: defaultStart(problem, p.kappa), k: 0, range: null })
        }
        onKappa={(kappa) => set({ kappa })}
        custom={customChoice}
      >
        <Slider
          label="Rotation of its eigenvectors (°)"
          value={p.angle}
          min={0}
          max={90}
          step={1}
          onChange={(angle) => set({ angle })}
          testId="angle"
          hint="0° = axis-aligned; the shared quadratic is rotated 30°."
        />
      </ProblemSelect>
      <Slider
        label="Learning rate α (in w̃ and in w)"
        value={p.lr}
        min={1e-3}
        max={10}
        log
        onChange={(lr) => set({ lr })}
        testId="lr"
      />
      <Slider
        label="Steps"
        value={p.steps}
        min={1}
        max={500}
        step={1}
        onChange={(steps) => set({ steps, k: Math.min(p.k, steps) })}
        testId="steps"
      />
      <label className="check" data-control="show">
        <input
          type="checkbox"
          checked={p.show.includes('gd')}
          data-testid="show-gd"
          onChange={(e) => set({ show: e.target.checked ? ['gd'] : [] })}
        />
        Also run plain GD (R = I) with the same α
      </label>
    </>
  );
}
