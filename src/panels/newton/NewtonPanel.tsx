import { objectiveView } from '../shared/objectiveView';
import { Opt2dFigure } from '../shared/Opt2dFigure';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { HessianGlyph } from '../../components/HessianGlyph';
import { ParamSelect } from '../../components/ParamSelect';
import { METHOD_STYLE, OKABE_ITO } from '../../components/palette';
import { METHOD_IDS, type MethodId } from '../../core/types';
import { ParamChecks } from '../../components/ParamChecks';
import { ParamSlider } from '../../components/ParamSlider';
import { useElementWidth } from '../../components/useElementWidth';
import { exportOpt2d } from '../shared/exportOpt2d';
import { IterateReadout } from '../shared/IterateReadout';
import { ProblemControls } from '../shared/ProblemControls';
import { RULE_TEX, liveRuleTex } from '../shared/updateRule';
import { useOpt2d } from '../shared/useOpt2d';
import { binder, usePanelParams } from '../shared/useParams';
import { NEWTON_PARAMS } from './params';
import { newtonClaims } from './caption';
import { SliceView } from './SliceView';
import { claimText } from '../../core/claims/claim';
import { CobwebView } from '../shared/CobwebView';
import { etaMarks } from '../shared/etaMarks';
import { LossStrip } from '../shared/LossStrip';
import { methodName, pdCurvatureOf } from '../shared/methodNames';
import { shownOpt2d, useOpt2dPredict } from '../shared/predict/opt2d';
import { HiddenStep } from '../shared/predict/HiddenStep';

const PANEL = 'newton' as const;

export function NewtonPanel() {
  const [p, set] = usePanelParams(PANEL, NEWTON_PARAMS);
  const { output, field, error } = useOpt2d(PANEL, p, p?.focus ?? 'newton');
  const [plotRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const predict = useOpt2dPredict(PANEL, p, set, output);
  if (!p) return null;
  const obj = objectiveView(p, output?.custom);
  const bind = binder(NEWTON_PARAMS, p, set);
  const pd = output?.pdCurvature ?? pdCurvatureOf(p.problem);
  const name = (m: MethodId) => methodName(m, pd);
  const focus = bind('focus');

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
              {
                label: 'Taylor model at w⁽ᵏ⁾ (★ its minimizer)',
                color: OKABE_ITO.green,
                dash: '5 3',
              },
            ]}
            runLabel={(r) => name(r.method)}
            caption={(out) => claimText(newtonClaims(out, p))}
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
          />
        </div>
        <aside className="controls-col" aria-label="Controls">
          <ProblemControls panel={PANEL} decls={NEWTON_PARAMS} p={p} out={output} set={set} />
          <ParamChecks {...bind('show')} swatch={(m) => METHOD_STYLE[m].color} label={name} />
          <ParamSlider {...bind('lr')} />
          <ParamSlider {...bind('eta')} marks={etaMarks(p.problem)} />
          <ParamSlider {...bind('steps', (steps) => ({ steps, k: Math.min(p.k, steps) }))} />
          <ParamSelect
            {...focus}
            spec={{
              ...focus.spec,
              labels: Object.fromEntries(METHOD_IDS.map((m) => [m, name(m)])),
            }}
          />
          {output && (
            <>
              <div className="rule">
                <Formula tex={RULE_TEX[output.focus.method]} display />
                <HiddenStep hidden={predict.stepHidden}>
                  <Formula
                    tex={liveRuleTex(output.focus, p.lr, p.eta)}
                    display
                    testId="live-rule"
                  />
                </HiddenStep>
              </div>
              <IterateReadout f={output.focus} hideStep={predict.stepHidden} />
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
      {output?.cobweb && predict.runsShown && (
        <section className="panel-row" aria-label="The per-coordinate map">
          <h2>Each coordinate follows one 1-D map: the cobweb</h2>
          <CobwebView c={output.cobweb} width={Math.min(plotWidth, 440)} />
        </section>
      )}
    </section>
  );
}
