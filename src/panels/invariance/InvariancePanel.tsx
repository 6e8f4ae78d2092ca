import { useGhost } from '../../components/plot/Ghost';
import { objectiveView } from '../shared/objectiveView';
import { Legend } from '../../components/Legend';
import { statusChip } from '../shared/captions';
import { plainNum } from '../shared/texNumbers';
import { TwinPlotsPanel } from '../shared/TwinPlotsPanel';
import { usePanelParams } from '../shared/useParams';
import { invarianceCaption } from './caption';
import { DeviationPlot } from './DeviationPlot';
import { DeviationTable } from './DeviationTable';
import { describeInvariance } from './describe';
import { exportInvariance } from './exportInvariance';
import { InvControls } from './InvControls';
import { INV_PANEL as PANEL, INV_PARAMS } from './params';
import { PhiPlot } from './PhiPlot';
import { INV_STYLE, methodName } from './style';
import { ThetaPlot } from './ThetaPlot';
import { useInvarianceJob } from './useInvarianceJob';
import { shownInvariance, useInvariancePredict } from './predict';
import { HIDDEN_RUNS, HIDDEN_STATUS } from '../shared/predict/HiddenStep';

const MAP_TEX = String.raw`\boldsymbol{\theta} = \mathbf{M}\boldsymbol{\phi} + \mathbf{c}:\quad \nabla_{\boldsymbol\phi}\mathcal{J} = \mathbf{M}^\top\nabla_{\boldsymbol\theta}\mathcal{J},\quad \mathbf{H}_{\boldsymbol\phi} = \mathbf{M}^\top\mathbf{H}\mathbf{M}\ (\text{also }\mathbf{G},\mathbf{F})\ \Rightarrow\ \mathbf{M}\,\Delta\boldsymbol\phi_{\text{Newton}} = \Delta\boldsymbol\theta_{\text{Newton}}`;

export function InvariancePanel() {
  const [p, set] = usePanelParams(PANEL, INV_PARAMS);
  const { output, field, phiField, error } = useInvarianceJob(p);
  const { ghost, buttons: ghostButtons } = useGhost(() =>
    output ? output.pairs.map((pair) => pair.theta.iterates) : [],
  );
  const { predict, k, focus } = useInvariancePredict(p, set, output);
  if (!p) return null;
  const obj = objectiveView(p, output?.custom);
  const current = predict.on && focus ? { method: focus.method, k } : null;

  return (
    <TwinPlotsPanel
      panel={PANEL}
      title="Invariance: the same method in two parameterizations"
      objectiveTex={obj.tex}
      mapTex={MAP_TEX}
      error={error}
      data={output && field ? { output, field, shown: shownInvariance(output, predict) } : null}
      figureText={(d) => describeInvariance(d.output, d.field, obj.label, p.eta)}
      left={{
        title: 'θ: lines = run in θ, rings = run in φ mapped back',
        render: (width, { field, shown }) => (
          <ThetaPlot
            ghost={ghost}
            field={field}
            out={shown}
            predictLayer={predict.layer}
            current={current}
            p={p}
            width={width}
            onStart={(x0) => set({ x0 })}
            onColumn={(i, c) => set(i === 0 ? { m1: c } : { m2: c })}
            onOrigin={(c) => set({ c })}
          />
        ),
      }}
      right={{
        title: 'φ: the same problem, J(Mφ + c)',
        render: (width, { output, field, shown }) =>
          output.phiView && phiField ? (
            <PhiPlot thetaField={field} phiField={phiField} out={shown} p={p} width={width} />
          ) : (
            <p className="notice notice-warning" data-testid="phi-missing">
              {output.singular}
            </p>
          ),
      }}
      below={({ output }) => (
        <>
          {predict.box}
          {ghostButtons}
          <Legend
            items={output.pairs.map((pair) => ({
              label:
                methodName(pair.method, p.eta, 'label') +
                (pair.method !== 'gd' && p.eta > 0 ? ` (η = ${plainNum(p.eta)})` : ''),
              color: INV_STYLE[pair.method].color,
              dash: INV_STYLE[pair.method].dash,
              status: predict.runsShown ? statusChip(pair.theta) : HIDDEN_STATUS,
            }))}
          />
          {predict.runsShown && <DeviationTable out={output} eta={p.eta} />}
          <p className="caption" data-testid="caption" aria-live="polite">
            {predict.runsShown ? invarianceCaption(output, p.eta, p.show) : HIDDEN_RUNS}
          </p>
        </>
      )}
      controls={<InvControls p={p} set={set} out={output} />}
      download={({ output }) => exportInvariance(p, output, obj)}
      rows={({ output }, plotW) => (
        <div className="panel-row two">
          <section aria-label="Deviation as a function of damping">
            <h2>Damping breaks invariance gradually</h2>
            <DeviationPlot
              out={output}
              eta={p.eta}
              width={Math.min(560, Math.max(300, plotW + 80))}
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
    />
  );
}
