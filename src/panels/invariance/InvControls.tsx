import { INV_METHODS, type InvarianceView, type InvMethod } from './methods';
import { Slider } from '../../components/Slider';
import { MatrixEntry } from '../shared/MatrixEntry';
import { DEFAULT_LR, defaultStart } from '../shared/opt2dParams';
import { ProblemSelect, useCustomChoice } from '../shared/ProblemSelect';
import { plainNum } from '../shared/texNumbers';
import { columnsPatch, INV_PANEL, M_PRESETS, matrixM, type InvParams } from './params';
import { INV_STYLE, methodName } from './style';

const sameM = (a: readonly number[], b: readonly number[]) =>
  a.every((v, i) => Math.abs(v - b[i]) < 1e-9);

/** The controls column: the map θ = Mφ + c, damping, methods, problem, α, steps. */
export function InvControls({
  p,
  set,
  out,
}: {
  p: InvParams;
  set(patch: Partial<InvParams>): void;
  out: InvarianceView | null;
}) {
  const custom = useCustomChoice(INV_PANEL, p, set, out?.custom);
  const M = matrixM(p);
  const activePreset = M_PRESETS.find((m) => sameM(m.M, M))?.id ?? null;
  return (
    <>
      <fieldset className="control-group" data-control="map">
        <legend>The map θ = Mφ + c</legend>
        <div className="preset-list" role="group" aria-label="Presets for M">
          {M_PRESETS.map((m) => (
            <button
              key={m.id}
              type="button"
              aria-pressed={activePreset === m.id}
              data-testid={`m-preset-${m.id}`}
              onClick={() => set(columnsPatch(m.M))}
            >
              {m.label}
            </button>
          ))}
        </div>
        <MatrixEntry
          name="M"
          A={M}
          onChange={(A) => set(columnsPatch(A))}
          vectorName="c"
          vector={p.c}
          onVector={(c) => set({ c })}
          testId="M"
        />
        <p className="hint">
          Drag the arrow tips m₁, m₂ (the columns of M: where φ’s unit vectors land in θ) to
          stretch, shear or rotate, or drag the origin c.
        </p>
        {out && (
          <p className="small" data-testid="m-info">
            Singular values of M: {plainNum(out.mInfo.singularValues[0])},{' '}
            {plainNum(out.mInfo.singularValues[1])}
            {out.mInfo.orthogonal ? ' — a rotation/reflection (MᵀM = I).' : '.'}
          </p>
        )}
      </fieldset>
      <Slider
        label="Damping η of the curvature methods"
        value={p.eta}
        min={1e-4}
        max={1e3}
        log
        allowZero
        onChange={(eta) => set({ eta })}
        testId="eta"
        hint="Far left is exactly 0 (undamped)."
      />
      <fieldset className="control-group methods" data-control="methods">
        <legend>Methods</legend>
        {INV_METHODS.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={p.show.includes(m)}
              data-testid={`show-${m}`}
              disabled={out ? !out.defined[m] : false}
              onChange={(e) =>
                set({
                  show: e.target.checked
                    ? INV_METHODS.filter((x) => x === m || p.show.includes(x))
                    : p.show.filter((x: InvMethod) => x !== m),
                })
              }
            />
            <span
              className="swatch"
              style={{ background: INV_STYLE[m].color }}
              aria-hidden="true"
            />
            {methodName(m, p.eta, 'label')}
            {out && !out.defined[m] ? ' (not defined here)' : ''}
          </label>
        ))}
      </fieldset>
      <ProblemSelect
        problem={p.problem}
        kappa={p.kappa}
        onProblem={(problem) =>
          set({
            problem,
            x0: defaultStart(problem, p.kappa),
            lr: DEFAULT_LR[problem],
            range: null,
          })
        }
        onKappa={(kappa) => set({ kappa })}
        custom={custom}
      />
      <Slider
        label="GD learning rate α"
        value={p.lr}
        min={1e-5}
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
        onChange={(steps) => set({ steps })}
        testId="steps"
      />
    </>
  );
}
