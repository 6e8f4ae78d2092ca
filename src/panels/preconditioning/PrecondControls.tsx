import type { CustomInfo } from '../../core/expr/custom';
import type { Mat2 } from '../../core/types';
import { ParamSlider } from '../../components/ParamSlider';
import { defaultStart } from '../shared/opt2dParams';
import { MatrixEntry } from '../shared/MatrixEntry';
import { ProblemSelect, useCustomChoice } from '../shared/ProblemSelect';
import { binder, type SetParams } from '../shared/useParams';
import { PRECOND_PANEL, PRECOND_PARAMS, type PrecondParams } from './params';

/** The controls column: R (presets, following the iterate, entries), problem, α, steps. */
export function PrecondControls({
  p,
  set,
  follow,
  arrowScale,
  R,
  custom,
}: {
  p: PrecondParams;
  set: SetParams<typeof PRECOND_PARAMS>;
  follow: boolean;
  arrowScale: number;
  /** The R in use (the hand-set one, or the preset's as the worker built it). */
  R: Mat2;
  /** What the worker made of a typed objective (null for the built-ins or before it answers). */
  custom: CustomInfo | null;
}) {
  const customChoice = useCustomChoice(PRECOND_PANEL, p, set, custom);
  const bind = binder(PRECOND_PARAMS, p, set);
  const presets = PRECOND_PARAMS.preset;
  return (
    <>
      <fieldset className="control-group" data-control="preset">
        <legend>Preconditioner R</legend>
        <div className="preset-list" role="group" aria-label="Presets for R">
          {presets.values.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={p.preset === id}
              data-testid={`preset-${id}`}
              onClick={() => set({ preset: id })}
            >
              {presets.labels[id]}
            </button>
          ))}
        </div>
        {p.preset === 'damped' && <ParamSlider {...bind('eta')} />}
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
          A={R}
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
        kappa={bind('kappa')}
        onProblem={(problem) =>
          set({ problem, x0: defaultStart(problem, p.kappa), k: 0, range: null })
        }
        custom={customChoice}
      >
        <ParamSlider
          {...bind('angle')}
          hint="0° = axis-aligned; the shared quadratic is rotated 30°."
        />
      </ProblemSelect>
      <ParamSlider {...bind('lr')} />
      <ParamSlider {...bind('steps', (steps) => ({ steps, k: Math.min(p.k, steps) }))} />
      <label className="check" data-control="show">
        <input
          type="checkbox"
          checked={p.show.includes('gd')}
          data-testid="show-gd"
          onChange={(e) => set({ show: e.target.checked ? ['gd'] : [] })}
        />
        {PRECOND_PARAMS.show.labels.gd}
      </label>
    </>
  );
}
