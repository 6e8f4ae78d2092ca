import { getObjective } from '../../core/objectives';
import { INV_METHODS, type InvMethod } from '../../core/precond/invariance';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import { Slider } from '../../components/Slider';
import { useElementWidth } from '../../components/useElementWidth';
import { MatrixEntry } from '../shared/MatrixEntry';
import { DEFAULT_LR } from '../shared/opt2dParams';
import { ProblemSelect } from '../shared/ProblemSelect';
import { plainNum } from '../shared/texNumbers';
import { usePanelParams } from '../shared/useParams';
import { statusChip } from '../shared/captions';
import { invarianceCaption } from './caption';
import { DeviationPlot } from './DeviationPlot';
import { DeviationTable } from './DeviationTable';
import { exportInvariance } from './exportInvariance';
import { columnsPatch, INV_PANEL as PANEL, M_PRESETS, matrixM, type InvParams } from './params';
import { PhiPlot } from './PhiPlot';
import { INV_STYLE } from './style';
import { ThetaPlot } from './ThetaPlot';
import { useInvarianceJob } from './useInvarianceJob';
import '../shared/twinPlots.css';

const sameM = (a: readonly number[], b: readonly number[]) =>
  a.every((v, i) => Math.abs(v - b[i]) < 1e-9);

export function InvariancePanel() {
  const [p, set] = usePanelParams<InvParams>(PANEL);
  const { output, field, phiField, error } = useInvarianceJob(p);
  const [plotsRef, plotsWidth] = useElementWidth<HTMLDivElement>(900);
  if (!p) return null;
  const obj = getObjective(p.problem, { kappa: p.kappa });
  const M = matrixM(p);
  const plotW = Math.max(260, Math.floor((plotsWidth - 16) / 2));
  const activePreset = M_PRESETS.find((m) => sameM(m.M, M))?.id ?? null;

  return (
    <section className="panel" data-panel={PANEL} aria-labelledby="invariance-title">
      <header className="panel-header">
        <h1 id="invariance-title">Invariance: the same method in two parameterizations</h1>
        <p className="objective">
          <Formula tex={obj.tex} />
        </p>
        <p className="objective">
          <Formula
            tex={String.raw`\boldsymbol{\theta} = \mathbf{M}\boldsymbol{\phi} + \mathbf{c}:\quad \nabla_{\boldsymbol\phi}\mathcal{J} = \mathbf{M}^\top\nabla_{\boldsymbol\theta}\mathcal{J},\quad \mathbf{H}_{\boldsymbol\phi} = \mathbf{M}^\top\mathbf{H}\mathbf{M}\ (\text{also }\mathbf{G},\mathbf{F})\ \Rightarrow\ \mathbf{M}\,\Delta\boldsymbol\phi_{\text{Newton}} = \Delta\boldsymbol\theta_{\text{Newton}}`}
          />
        </p>
      </header>
      <div className="panel-grid wide">
        <div className="figure-col">
          {error && (
            <div className="notice notice-error" role="alert">
              The computation failed: {error}
            </div>
          )}
          <div className="twin-plots" ref={plotsRef}>
            {output && field ? (
              <>
                <figure>
                  <h2 className="plot-title">θ: lines = run in θ, rings = run in φ mapped back</h2>
                  <ThetaPlot
                    field={field}
                    out={output}
                    p={p}
                    width={plotW}
                    onStart={(x0) => set({ x0 })}
                    onColumn={(i, c) => set(i === 0 ? { m1: c } : { m2: c })}
                    onOrigin={(c) => set({ c })}
                  />
                </figure>
                <figure>
                  <h2 className="plot-title">φ: the same problem, J(Mφ + c)</h2>
                  {output.phiView && phiField ? (
                    <PhiPlot
                      thetaField={field}
                      phiField={phiField}
                      out={output}
                      p={p}
                      width={plotW}
                    />
                  ) : (
                    <p className="notice notice-warning" data-testid="phi-missing">
                      {output.singular}
                    </p>
                  )}
                </figure>
              </>
            ) : (
              <p className="loading">Computing…</p>
            )}
          </div>
          {output && (
            <>
              <Legend
                items={output.pairs.map((pair) => ({
                  label:
                    INV_STYLE[pair.method].label +
                    (pair.method !== 'gd' && p.eta > 0 ? ` (η = ${plainNum(p.eta)})` : ''),
                  color: INV_STYLE[pair.method].color,
                  dash: INV_STYLE[pair.method].dash,
                  status: statusChip(pair.theta),
                }))}
              />
              <DeviationTable out={output} eta={p.eta} />
              <p className="caption" data-testid="caption" aria-live="polite">
                {invarianceCaption(output, p.eta, p.show)}
              </p>
            </>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
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
            {output && (
              <p className="small" data-testid="m-info">
                Singular values of M: {plainNum(output.mInfo.singularValues[0])},{' '}
                {plainNum(output.mInfo.singularValues[1])}
                {output.mInfo.orthogonal ? ' — a rotation/reflection (MᵀM = I).' : '.'}
              </p>
            )}
          </fieldset>
          <Slider
            label="Damping η of Newton, GN, NGD"
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
                  disabled={output ? !output.defined[m] : false}
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
                {INV_STYLE[m].label}
                {output && !output.defined[m] ? ' (not defined here)' : ''}
              </label>
            ))}
          </fieldset>
          <ProblemSelect
            problem={p.problem}
            kappa={p.kappa}
            onProblem={(problem) =>
              set({
                problem,
                x0: getObjective(problem, { kappa: p.kappa }).start,
                lr: DEFAULT_LR[problem],
              })
            }
            onKappa={(kappa) => set({ kappa })}
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
          {output && (
            <DownloadButton
              filename={`curvature-lab-${PANEL}.json`}
              getData={() => exportInvariance(p, output, obj)}
            />
          )}
        </aside>
      </div>
      {output && (
        <div className="panel-row two">
          <section aria-label="Deviation as a function of damping">
            <h2>Damping breaks invariance gradually</h2>
            <DeviationPlot
              out={output}
              eta={p.eta}
              width={Math.min(560, Math.max(300, plotsWidth / 1.6))}
            />
          </section>
          <section aria-label="What the slide says">
            <h2>The slide’s caveat</h2>
            <div className="caveat" data-testid="caveat">
              <p>
                <strong>Invariance holds exactly only for the undamped algorithms.</strong> Damping
                adds η‖Δθ‖², a Euclidean proximity term, and Euclidean distance depends on the
                coordinate system: ‖Δθ‖ = ‖MΔφ‖ ≠ ‖Δφ‖ unless M is a rotation or reflection (try
                “Rotate 40°”: then even damped Newton and GD agree).
              </p>
              <p>
                <strong>In machine learning we don’t necessarily want full invariance</strong>,
                since the curvature can contain useful information about signal vs. noise.
              </p>
            </div>
            <h2>Where Gauss-Newton and natural gradient are defined</h2>
            <p data-testid="model-note">{output.model}</p>
          </section>
        </div>
      )}
    </section>
  );
}
