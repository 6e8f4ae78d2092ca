import { Opt2dFigure } from '../shared/Opt2dFigure';
import { DownloadButton } from '../../components/DownloadButton';
import { HessianGlyph } from '../../components/HessianGlyph';
import { ParamSelect } from '../../components/ParamSelect';
import { METHOD_STYLE, OKABE_ITO } from '../../components/palette';
import { METHOD_IDS } from '../../core/types';
import { ParamChecks } from '../../components/ParamChecks';
import { ParamSlider } from '../../components/ParamSlider';
import { exportOpt2d } from '../shared/exportOpt2d';
import { IterateReadout } from '../shared/IterateReadout';
import { ProblemControls } from '../shared/ProblemControls';
import { RULE_TEX, liveRuleTex } from '../shared/updateRule';
import { NEWTON_PARAMS } from './params';
import { newtonClaims } from './caption';
import { SliceView } from './SliceView';
import { claimText } from '../../core/claims/claim';
import { CobwebRow } from '../shared/CobwebView';
import { Formula } from '../../components/Formula';
import { PanelShell } from '../shared/PanelShell';
import { useOpt2dPanel } from '../shared/useOpt2dPanel';
import { etaMarks } from '../shared/etaMarks';
import { HiddenStep } from '../shared/predict/HiddenStep';

const PANEL = 'newton' as const;

export function NewtonPanel() {
  const view = useOpt2dPanel(PANEL, NEWTON_PARAMS, 'newton');
  if (!view) return null;
  const { p, set, output, predict, obj, bind, name, plotRef, plotWidth } = view;
  const focus = bind('focus');

  return (
    <PanelShell
      panel={PANEL}
      title="Newton's method: minimizing the second-order Taylor model"
      tex={[obj.tex]}
    >
      <div className="panel-grid">
        <div className="figure-col" ref={plotRef}>
          <Opt2dFigure
            view={view}
            title="Curvature Lab — Newton's method"
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
      <CobwebRow view={view} title="Each coordinate follows one 1-D map: the cobweb" />
    </PanelShell>
  );
}
