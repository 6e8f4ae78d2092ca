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
import { dampingCaption } from './caption';
import { DampingPathPlot } from './DampingPathPlot';
import { EigenView, regime } from './EigenView';
import { ThresholdBox } from './ThresholdBox';
import { Opt2dFigure } from '../shared/Opt2dFigure';
import { useOpt2dPredict } from '../shared/predict/opt2d';
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
                  : METHOD_STYLE[r.method].label
            }
            caption={(out) => dampingCaption(out, p)}
            predict={predict}
          >
            {p.problem === 'logistic' && <ThresholdBox />}
          </Opt2dFigure>
        </div>
        <aside className="controls-col" aria-label="Controls" ref={sideRef}>
          <ParamSlider
            {...bind('eta')}
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
          <ParamChecks {...bind('show')} swatch={(m) => METHOD_STYLE[m].color} />
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
              <p className="small" data-testid="pd-note">
                {output.focus.dampedPD
                  ? `H + ηI is positive definite here: both 1/(ν+η) are positive and at most 1/η.`
                  : `H + ηI is not positive definite here (ν₁ + η = ${(output.focus.hessEigenvalues[0] + p.eta).toPrecision(3)} ≤ 0): increase η above ${(-output.focus.hessEigenvalues[0]).toPrecision(3)}.`}{' '}
                Directions: {output.focus.hessEigenvalues.map((nu) => regime(nu, p.eta)).join('; ')}
                .
              </p>
            </>
          )}
        </aside>
      </div>
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
