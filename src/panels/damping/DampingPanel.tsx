import { objectiveView } from '../shared/objectiveView';
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
import { useOpt2d } from '../shared/useOpt2d';
import { binder, usePanelParams } from '../shared/useParams';
import { DAMPING_PARAMS } from './params';
import { dampingClaims } from './caption';
import { DampingPathPlot } from './DampingPathPlot';
import { EigenView } from './EigenView';
import { claimText } from '../../core/claims/claim';
import type { MethodId } from '../../core/types';
import { CobwebView } from '../shared/CobwebView';
import { etaMarks } from '../shared/etaMarks';
import { LossStrip } from '../shared/LossStrip';
import { methodName, pdCurvatureOf } from '../shared/methodNames';
import { ThresholdBox } from './ThresholdBox';
import { Opt2dFigure } from '../shared/Opt2dFigure';
import { shownOpt2d, useOpt2dPredict } from '../shared/predict/opt2d';
import { HiddenStep } from '../shared/predict/HiddenStep';

const PANEL = 'damping' as const;

export function DampingPanel() {
  const [p, set] = usePanelParams(PANEL, DAMPING_PARAMS);
  const { output, field, error } = useOpt2d(PANEL, p, p?.focus ?? 'damped-newton');
  const [plotRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const [sideRef, sideWidth] = useElementWidth<HTMLElement>(360);
  const predict = useOpt2dPredict(PANEL, p, set, output);
  if (!p) return null;
  const obj = objectiveView(p, output?.custom);
  const bind = binder(DAMPING_PARAMS, p, set);
  const pd = output?.pdCurvature ?? pdCurvatureOf(p.problem);
  const name = (m: MethodId) => methodName(m, pd);

  return (
    <section className="panel" data-panel={PANEL} aria-labelledby="damping-title">
      <header className="panel-header">
        <h1 id="damping-title">Damping: (H + ηI)⁻¹ tames Newton's method</h1>
        <p className="objective">
          <Formula tex={obj.tex} />
        </p>
      </header>
      <div className="panel-grid">
        <div className="figure-col" ref={plotRef}>
          <Opt2dFigure
            panel={PANEL}
            title="Curvature Lab — Damping"
            p={p}
            set={set}
            output={output}
            field={field}
            error={error}
            width={plotWidth}
            obj={obj}
            showTaylor={false}
            runLabel={(r) =>
              r.method === 'damped-newton'
                ? `Damped Newton (η = ${p.eta})`
                : r.method === 'newton'
                  ? 'Newton (η = 0)'
                  : name(r.method)
            }
            caption={(out) => claimText(dampingClaims(out, p))}
            strip={
              output && (
                <LossStrip
                  runs={shownOpt2d(output, predict).runs}
                  shown={p.show}
                  name={name}
                  width={plotWidth}
                />
              )
            }
            predict={predict}
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
      {output?.cobweb && predict.runsShown && (
        <section className="panel-row" aria-label="The per-coordinate map">
          <h2>Why far starts are trapped: the per-coordinate map (cobweb)</h2>
          <CobwebView c={output.cobweb} width={Math.min(plotWidth, 440)} />
        </section>
      )}
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
    </section>
  );
}
