import { useCallback, useRef, useState } from 'react';
import { objectiveView } from '../shared/objectiveView';
import type { MethodId, Run2 } from '../../core/types';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { HessianGlyph } from '../../components/HessianGlyph';
import { Legend } from '../../components/Legend';
import { METHOD_STYLE } from '../../components/palette';
import { PlayControls } from '../../components/PlayControls';
import { Slider } from '../../components/Slider';
import { useElementWidth } from '../../components/useElementWidth';
import { statusChip } from '../shared/captions';
import { exportOpt2d } from '../shared/exportOpt2d';
import { FigureTools } from '../shared/FigureTools';
import { IterateReadout } from '../shared/IterateReadout';
import { MethodToggles } from '../shared/MethodToggles';
import { OptimizationPlot } from '../shared/OptimizationPlot';
import { ETA_MAX, ETA_MIN, type Opt2dParams } from '../shared/opt2dParams';
import { ProblemControls } from '../shared/ProblemControls';
import { RULE_TEX, liveRuleTex } from '../shared/updateRule';
import { useOpt2d } from '../shared/useOpt2d';
import { usePanelParams } from '../shared/useParams';
import { newtonCaption } from './caption';
import { SliceView } from './SliceView';

const PANEL = 'newton';

export function NewtonPanel() {
  const [p, set] = usePanelParams<Opt2dParams>(PANEL);
  const { output, field, error } = useOpt2d(PANEL, p, p?.focus ?? 'newton');
  const [plotRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const onK = useCallback((k: number) => set({ k }), [set]);
  const figureRef = useRef<HTMLDivElement>(null);
  const [ghost, setGhost] = useState<Run2[] | null>(null);
  if (!p) return null;
  const obj = objectiveView(p, output);
  const maxK = output ? Math.max(...output.runs.map((r) => r.steps)) : p.steps;

  return (
    <section className="panel" data-panel={PANEL} aria-labelledby="newton-title">
      <header className="panel-header">
        <h1 id="newton-title">Newton's method: minimizing the second-order Taylor model</h1>
        <p className="objective">
          <Formula tex={obj.tex} />
        </p>
      </header>
      <div className="panel-grid">
        <div className="figure-col" ref={plotRef}>
          {error && (
            <div className="notice notice-error" role="alert">
              The computation failed: {error}
            </div>
          )}
          {output && field ? (
            <>
              <div ref={figureRef}>
                <OptimizationPlot
                  ghost={ghost}
                  output={output}
                  field={field}
                  width={plotWidth}
                  k={p.k}
                  x0={p.x0}
                  onStart={(x0) => set({ x0 })}
                  showTaylor
                  stationary={obj.stationary}
                  label={`Contours of ${obj.label} with optimizer trajectories`}
                />
              </div>
              <Legend
                items={[
                  ...output.runs
                    .filter((r) => p.show.includes(r.method))
                    .map((r) => ({
                      label: METHOD_STYLE[r.method].label,
                      color: METHOD_STYLE[r.method].color,
                      dash: METHOD_STYLE[r.method].dash,
                      status: statusChip(r),
                    })),
                  {
                    label: 'Taylor model at w⁽ᵏ⁾ (★ its minimizer)',
                    color: '#009E73',
                    dash: '5 3',
                  },
                ]}
              />
              <PlayControls k={p.k} max={maxK} onK={onK} />
              <FigureTools
                panel={PANEL}
                title={`Curvature Lab — ${"Newton's method"}`}
                figure={figureRef}
                out={output}
                p={p}
                ghost={ghost}
                setGhost={setGhost}
              />
              <p className="caption" data-testid="caption" aria-live="polite">
                {newtonCaption(output, p)}
              </p>
            </>
          ) : (
            <p className="loading">Computing…</p>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
          <ProblemControls panel={PANEL} p={p} out={output} set={set} />
          <MethodToggles show={p.show} onChange={(show) => set({ show })} />
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
            label="Damping η"
            value={p.eta}
            min={ETA_MIN}
            max={ETA_MAX}
            log
            allowZero
            onChange={(eta) => set({ eta })}
            testId="eta"
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
          <div className="control" data-control="focus">
            <label htmlFor="focus-select">Analyse the iterates of</label>
            <select
              id="focus-select"
              value={p.focus}
              onChange={(e) => set({ focus: e.target.value as MethodId })}
              data-testid="focus-select"
            >
              {(['gd', 'newton', 'damped-newton', 'pd-newton'] as const).map((m) => (
                <option key={m} value={m}>
                  {METHOD_STYLE[m].label}
                </option>
              ))}
            </select>
          </div>
          {output && (
            <>
              <div className="rule">
                <Formula tex={RULE_TEX[output.focus.method]} display />
                <Formula tex={liveRuleTex(output.focus, p.lr, p.eta)} display testId="live-rule" />
              </div>
              <IterateReadout f={output.focus} />
              <HessianGlyph
                eigenvalues={output.focus.hessEigenvalues}
                vectors={output.focus.hessEigenvectors}
                size={220}
                label="Curvature ellipse of H at the analysed iterate"
              />
              <DownloadButton
                filename={`curvature-lab-${PANEL}.json`}
                getData={() => exportOpt2d(PANEL, p, output, obj)}
              />
            </>
          )}
        </aside>
      </div>
      {output && (
        <section className="panel-row" aria-label="Newton as solving grad J = 0">
          <h2>Newton as solving ∇J = 0</h2>
          <SliceView slice={output.slice} width={Math.min(plotWidth, 640)} />
        </section>
      )}
    </section>
  );
}
