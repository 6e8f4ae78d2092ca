import type { InvarianceView } from './methods';
import { ParamChecks } from '../../components/ParamChecks';
import { ParamSlider } from '../../components/ParamSlider';
import { MatrixEntry } from '../shared/MatrixEntry';
import { DEFAULT_LR, defaultStart } from '../shared/opt2dParams';
import { ProblemSelect, useCustomChoice } from '../shared/ProblemSelect';
import { plainNum } from '../shared/texNumbers';
import { binder, type SetParams } from '../shared/useParams';
import { columnsPatch, INV_PANEL, INV_PARAMS, M_PRESETS, matrixM, type InvParams } from './params';
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
  set: SetParams<typeof INV_PARAMS>;
  out: InvarianceView | null;
}) {
  const custom = useCustomChoice(INV_PANEL, p, set, out?.custom);
  const M = matrixM(p);
  const bind = binder(INV_PARAMS, p, set);
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
      <ParamSlider {...bind('eta')} hint="Far left is exactly 0 (undamped)." />
      <ParamChecks
        {...bind('show')}
        control="methods"
        swatch={(m) => INV_STYLE[m].color}
        disabled={(m) => (out ? !out.defined[m] : false)}
        label={(m) => methodName(m, p.eta, 'label')}
        suffix={(m) => (out && !out.defined[m] ? ' (not defined here)' : '')}
      />
      <ProblemSelect
        problem={p.problem}
        kappa={bind('kappa')}
        onProblem={(problem) =>
          set({
            problem,
            x0: defaultStart(problem, p.kappa),
            lr: DEFAULT_LR[problem],
            range: null,
          })
        }
        custom={custom}
      />
      <ParamSlider {...bind('lr')} />
      <ParamSlider {...bind('steps')} />
    </>
  );
}
