import { useCallback, useMemo } from 'react';
import { presetCurvature, arrowScale } from '../../core/precond/presets';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import { PlayControls } from '../../components/PlayControls';
import { Slider } from '../../components/Slider';
import { useElementWidth } from '../../components/useElementWidth';
import { MatrixEntry } from '../shared/MatrixEntry';
import { ProblemSelect } from '../shared/ProblemSelect';
import { plainNum } from '../shared/texNumbers';
import { usePanelParams } from '../shared/useParams';
import { statusChip } from '../shared/captions';
import { precondCaption, PRESET_LABEL } from './caption';
import { CurvatureCompare } from './CurvatureCompare';
import { DiagonalDemo } from './DiagonalDemo';
import { exportPrecond } from './exportPrecond';
import { OriginalPlot } from './OriginalPlot';
import {
  completePatch,
  matrixR,
  objectiveOf,
  PRECOND_PANEL as PANEL,
  PRESET_CHOICES,
  type PrecondParams,
} from './params';
import { RateTable } from './RateTable';
import { PRECOND_STYLE as S } from './style';
import { TildePlot } from './TildePlot';
import { usePrecondJob } from './usePrecondJob';
import '../shared/twinPlots.css';

export function PreconditioningPanel() {
  const [p, setRaw] = usePanelParams<PrecondParams>(PANEL);
  const { output, field, tildeField, error } = usePrecondJob(p);
  const [plotsRef, plotsWidth] = useElementWidth<HTMLDivElement>(900);
  const set = useCallback(
    (patch: Partial<PrecondParams>) => {
      if (p) setRaw(completePatch(p, patch));
    },
    [p, setRaw],
  );
  const onK = useCallback((k: number) => setRaw({ k }), [setRaw]);
  const obj = useMemo(() => (p ? objectiveOf(p) : null), [p]);
  // The curvature the presets are built from (H at the start, or |H| where H is not PD).
  const startCurv = useMemo(() => (obj && p ? presetCurvature(obj.hess(p.x0)) : null), [obj, p]);
  const scale = useMemo(() => {
    if (!obj || !startCurv) return 1;
    const span = Math.min(obj.domain[0][1] - obj.domain[0][0], obj.domain[1][1] - obj.domain[1][0]);
    return arrowScale(startCurv.C, span);
  }, [obj, startCurv]);
  if (!p || !obj) return null;
  const follow = p.curv === 'iterate' && p.preset !== 'custom';
  const R = matrixR(p);
  const plotW = Math.max(260, Math.floor((plotsWidth - 16) / 2));

  return (
    <section className="panel" data-panel={PANEL} aria-labelledby="precond-title">
      <header className="panel-header">
        <h1 id="precond-title">Preconditioning: gradient descent in a transformed space</h1>
        <p className="objective">
          <Formula tex={obj.tex} />
        </p>
        <p className="objective">
          <Formula
            tex={String.raw`\mathbf{w} = \mathbf{R}\tilde{\mathbf{w}} + \mathbf{b}:\quad \tilde{\mathbf{w}} \leftarrow \tilde{\mathbf{w}} - \alpha\nabla\tilde{\mathcal{J}}(\tilde{\mathbf{w}}) \iff \mathbf{w} \leftarrow \mathbf{w} - \alpha\,\mathbf{R}\mathbf{R}^\top\nabla\mathcal{J}(\mathbf{w}),\qquad \tilde{\mathbf{H}} = \mathbf{R}^\top\mathbf{H}\mathbf{R}`}
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
                  <h2 className="plot-title">Original space w</h2>
                  <OriginalPlot
                    field={field}
                    out={output}
                    p={p}
                    width={plotW}
                    arrowScale={scale}
                    follow={follow}
                    onStart={(x0) => set({ x0, k: 0 })}
                    onColumn={(i, c) =>
                      set(i === 0 ? { preset: 'custom', r1: c } : { preset: 'custom', r2: c })
                    }
                    onOrigin={(b) => set({ b })}
                  />
                </figure>
                <figure>
                  <h2 className="plot-title">
                    Transformed space w̃{follow ? ` (R at iterate ${output.point.k})` : ''}
                  </h2>
                  {output.tilde && tildeField ? (
                    <TildePlot
                      wField={field}
                      tildeField={tildeField}
                      out={output}
                      p={p}
                      R={follow ? output.point.R : R}
                      width={plotW}
                      follow={follow}
                    />
                  ) : (
                    <p className="notice notice-warning" data-testid="tilde-missing">
                      {output.singular ?? 'R is singular at this iterate: there is no w̃ space.'}
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
                items={[
                  { ...S.direct, status: statusChip(output.direct) },
                  ...(output.viaTilde
                    ? [{ ...S.tilde, dash: '2 3', status: statusChip(output.viaTilde) }]
                    : []),
                  ...(output.plainGd ? [{ ...S.gd, status: statusChip(output.plainGd) }] : []),
                ]}
              />
              <PlayControls k={p.k} max={output.direct.steps} onK={onK} />
              <p className="coincide" data-testid="distance-readout">
                max<sub>k</sub> ‖w⁽ᵏ⁾ − (Rw̃⁽ᵏ⁾ + b)‖ ={' '}
                <strong data-testid="max-distance">
                  {output.distance ? plainNum(output.distance.max) : '—'}
                </strong>
                {output.distance && ` over ${output.distance.compared} iterates`}
                {output.stepMismatch !== null &&
                  `; one step from the same w⁽ᵏ⁾ agrees to ${plainNum(output.stepMismatch)}`}
              </p>
              <p className="caption" data-testid="caption" aria-live="polite">
                {precondCaption(output, p, follow, startCurv?.replaced ?? false)}
              </p>
            </>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
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
              A={R}
              onChange={(A) => set({ preset: 'custom', r1: [A[0], A[2]], r2: [A[1], A[3]] })}
              vectorName="b"
              vector={p.b}
              onVector={(b) => set({ b })}
              testId="R"
            />
            <p className="hint">
              Drag the arrow tips r₁, r₂ (the columns of R{scale === 1 ? '' : `, drawn ×${scale}`})
              or the origin b in the left plot.
            </p>
          </fieldset>
          <ProblemSelect
            problem={p.problem}
            kappa={p.kappa}
            onProblem={(problem) =>
              set({ problem, x0: objectiveOf({ ...p, problem }).start, k: 0 })
            }
            onKappa={(kappa) => set({ kappa })}
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
          {output && (
            <DownloadButton
              filename={`curvature-lab-${PANEL}.json`}
              getData={() => exportPrecond(p, output, obj)}
            />
          )}
        </aside>
      </div>
      {output && (
        <section className="panel-row" aria-label="Curvature in both spaces">
          <h2>The Hessian in both spaces at iterate {output.point.k}</h2>
          <CurvatureCompare out={output} lr={p.lr} />
        </section>
      )}
      {output?.quad && output.jacobi && (
        <div className="panel-row two">
          <section aria-label="Condition number and convergence">
            <h2>Condition number → speed of gradient descent</h2>
            <RateTable quad={output.quad} />
          </section>
          <section aria-label="Diagonal preconditioning">
            <h2>Even a diagonal R can help a lot — if H is axis-aligned</h2>
            <DiagonalDemo
              jacobi={output.jacobi}
              width={Math.min(560, Math.max(300, plotW + 40))}
              set={set}
            />
          </section>
        </div>
      )}
    </section>
  );
}
