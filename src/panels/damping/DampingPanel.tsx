import { LOGISTIC_NEWTON_THRESHOLD } from '../../core/newton/logistic1d';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { METHOD_STYLE } from '../../components/palette';
import { ParamChecks } from '../../components/ParamChecks';
import { ParamSlider } from '../../components/ParamSlider';
import { useElementWidth } from '../../components/useElementWidth';
import { exportOpt2d } from '../shared/exportOpt2d';
import { IterateReadout } from '../shared/IterateReadout';
import { ProblemControls } from '../shared/ProblemControls';
import { RULE_TEX, liveRuleTex } from '../shared/updateRule';
import { DAMPING_PARAMS } from './params';
import { dampingClaims } from './caption';
import { DampingPathPlot } from './DampingPathPlot';
import { EigenView } from './EigenView';
import { claimText } from '../../core/claims/claim';
import { CobwebRow } from '../shared/CobwebView';
import { PanelShell } from '../shared/PanelShell';
import { useOpt2dPanel } from '../shared/useOpt2dPanel';
import { etaMarks } from '../shared/etaMarks';
import { ThresholdBox } from './ThresholdBox';
import { Opt2dFigure } from '../shared/Opt2dFigure';
import { HiddenStep } from '../shared/predict/HiddenStep';

const PANEL = 'damping' as const;

export function DampingPanel() {
  const view = useOpt2dPanel(PANEL, DAMPING_PARAMS, 'damped-newton');
  const [sideRef, sideWidth] = useElementWidth<HTMLElement>(360);
  if (!view) return null;
  const { p, set, output, predict, obj, bind, name, plotRef, plotWidth } = view;

  return (
    <PanelShell panel={PANEL} title="Damping: (H + ηI)⁻¹ tames Newton's method" tex={[obj.tex]}>
      <div className="panel-grid">
        <div className="figure-col" ref={plotRef}>
          <Opt2dFigure
            view={view}
            title="Curvature Lab — Damping"
            showTaylor={false}
            runLabel={(r) =>
              r.method === 'damped-newton'
                ? `Damped Newton (η = ${p.eta})`
                : r.method === 'newton'
                  ? 'Newton (η = 0)'
                  : name(r.method)
            }
            caption={(out) => claimText(dampingClaims(out, p))}
          >
            {p.problem === 'logistic' && <ThresholdBox />}
          </Opt2dFigure>
        </div>
        <aside className="controls-col" aria-label="Controls" ref={sideRef}>
          <ParamSlider
            {...bind('eta')}
            marks={etaMarks(p.problem)}
            hint="Log scale 10⁻⁴ … 10³; far left is exactly 0 (undamped)."
          />
          <div className="presets" role="group" aria-label="Slide examples" data-control="presets">
            <button
              type="button"
              onClick={() => set({ problem: 'logistic', x0: [2.3, 0.5], k: 0 })}
            >
              Start (2.3, 0.5): beyond {LOGISTIC_NEWTON_THRESHOLD.toFixed(3)}
            </button>
            <button
              type="button"
              onClick={() => set({ problem: 'logistic', x0: [2.0, 0.5], k: 0 })}
            >
              Start (2.0, 0.5): inside
            </button>
          </div>
          <ProblemControls panel={PANEL} decls={DAMPING_PARAMS} p={p} out={output} set={set} />
          <ParamChecks {...bind('show')} swatch={(m) => METHOD_STYLE[m].color} label={name} />
          {p.show.includes('gd') && <ParamSlider {...bind('lr')} />}
          <ParamSlider {...bind('steps', (steps) => ({ steps, k: Math.min(p.k, steps) }))} />
          {output && (
            <>
              <h2>Eigenvalue view at iterate {output.focus.k}</h2>
              <EigenView
                f={output.focus}
                eta={p.eta}
                width={Math.max(260, Math.min(sideWidth, 420))}
              />
            </>
          )}
        </aside>
      </div>
      <CobwebRow view={view} title="Why far starts are trapped: the per-coordinate map (cobweb)" />
      {output && (
        <div className="panel-row two">
          <section>
            <h2>The damping path</h2>
            <HiddenStep hidden={predict.stepHidden}>
              <DampingPathPlot out={output} width={Math.min(420, plotWidth)} />
            </HiddenStep>
          </section>
          <section>
            <h2>Update rule</h2>
            <div className="rule">
              <Formula tex={RULE_TEX[output.focus.method]} display />
              <HiddenStep hidden={predict.stepHidden}>
                <Formula tex={liveRuleTex(output.focus, p.lr, p.eta)} display testId="live-rule" />
              </HiddenStep>
            </div>
            <IterateReadout f={output.focus} hideStep={predict.stepHidden} />
            <DownloadButton
              filename={`curvature-lab-${PANEL}.json`}
              getData={() =>
                exportOpt2d(PANEL, p, output, obj, {
                  eigen: {
                    nu: output.focus.hessEigenvalues,
                    inverse: output.focus.hessEigenvalues.map((v) => 1 / v),
                    damped: output.focus.hessEigenvalues.map((v) => 1 / (v + p.eta)),
                    cap: p.eta > 0 ? 1 / p.eta : null,
                  },
                  ...(p.problem === 'logistic' ? { threshold: LOGISTIC_NEWTON_THRESHOLD } : {}),
                })
              }
            />
          </section>
        </div>
      )}
    </PanelShell>
  );
}
