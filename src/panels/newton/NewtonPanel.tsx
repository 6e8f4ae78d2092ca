import { objectiveView } from '../shared/objectiveView';
import type { MethodId } from '../../core/types';
import { Opt2dFigure } from '../shared/Opt2dFigure';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { HessianGlyph } from '../../components/HessianGlyph';
import { METHOD_STYLE } from '../../components/palette';
import { Slider } from '../../components/Slider';
import { useElementWidth } from '../../components/useElementWidth';
import { exportOpt2d } from '../shared/exportOpt2d';
import { IterateReadout } from '../shared/IterateReadout';
import { MethodToggles } from '../shared/MethodToggles';
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
  if (!p) return null;
  const obj = objectiveView(p, output?.custom);

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
          <Opt2dFigure
            panel={PANEL}
            title="Curvature Lab — Newton's method"
            p={p}
            set={set}
            output={output}
            field={field}
            error={error}
            width={plotWidth}
            obj={obj}
            showTaylor
            extraLegend={[
              { label: 'Taylor model at w⁽ᵏ⁾ (★ its minimizer)', color: '#009E73', dash: '5 3' },
            ]}
            caption={(out) => newtonCaption(out, p)}
          />
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
