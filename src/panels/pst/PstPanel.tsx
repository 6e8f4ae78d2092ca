import { PanelShell } from '../shared/PanelShell';
import { ComputeError } from '../../components/ComputeError';
import { useCallback, useMemo, useRef } from 'react';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import { useElementWidth } from '../../components/useElementWidth';
import { relFrobenius, secondMoment2 } from '../../core/pst';
import { texMat } from '../shared/texNumbers';
import { usePanelParams } from '../shared/useParams';
import { cloudCaption, emaCaption, fisherSentence, gdCaption } from './caption';
import { CloudView, type CloudHandle } from './CloudView';
import { FigureText } from '../../components/FigureText';
import { describeCloud } from './describe';
import { DiagonalEllipses } from './DiagonalEllipses';
import { EmaView } from './EmaView';
import { exportPst } from './exportPst';
import { FisherCompare } from './FisherCompare';
import { GdView } from './GdView';
import { PST_PARAMS } from './params';
import { PstControls } from './PstControls';
import { RecipeView } from './RecipeView';
import { counterText, SampleControls } from './SampleControls';
import { PST_STYLE } from './style';
import { useBatchJob, usePstJob } from './usePstJob';
import { BatchView } from './BatchView';
import { batchClaims } from './batchClaims';
import { claimText } from '../../core/claims/claim';
import { useReveal } from './useReveal';
import { WeightSpaceView } from './WeightSpaceView';

const PANEL = 'pst' as const;

const EXACT_TEX = {
  'linear-gaussian': 'G = \\tfrac{1}{N\\sigma^2} X^\\top X',
  'linear-bernoulli': 'G = \\tfrac{1}{N} X^\\top \\mathrm{diag}(p(1-p))\\, X',
  net: 'G = \\mathbb E_x[J_{zw}^\\top G_z J_{zw}]',
};

export function PstPanel() {
  const [p, set] = usePanelParams(PANEL, PST_PARAMS);
  const { samples: out, estimates, error } = usePstJob(PANEL, p);
  const { batch } = useBatchJob(PANEL, p);
  const full = useMemo(
    () => (out && estimates ? { ...out, ...estimates } : null),
    [out, estimates],
  );
  const [plotRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const [rowRef, rowWidth] = useElementWidth<HTMLDivElement>(900);
  const cloud = useRef<CloudHandle>(null);
  const counter = useRef<HTMLOutputElement>(null);
  const total = out ? out.samples.length / 2 : 0;
  const onFrame = useCallback(
    (n: number) => {
      cloud.current?.show(n);
      if (counter.current) counter.current.textContent = counterText(n, total);
    },
    [total],
  );
  const key = out ? out.key : '';
  const reveal = useReveal(total, key, onFrame);
  const shown = Math.min(reveal.shown, total);
  const estimate = useMemo(() => (out ? secondMoment2(out.samples, shown) : null), [out, shown]);
  if (!p) return null;
  // .panel-row.two puts two sections side by side from 2 × 300 px + the gap; else one per row.
  const half = rowWidth >= 620 ? Math.floor((rowWidth - 20) / 2) : rowWidth;
  const exactKey = p.model === 'net' ? 'net' : (`linear-${p.output}` as const);

  return (
    <PanelShell
      panel={PANEL}
      title="Pullback sampling: pseudo-gradients Dw whose covariance is G (= F)"
      tex={[
        `\\mathcal D w = J_{zw}^\\top \\mathcal D z,\\ \\ \\mathrm{Cov}(\\mathcal D z) = G_z \\ \\Rightarrow\\ \\mathrm{Cov}(\\mathcal D w) = \\mathbb E[J_{zw}^\\top G_z J_{zw}] = G;\\qquad ${EXACT_TEX[exactKey]}`,
      ]}
    >
      <div className="panel-grid">
        <div className="figure-col" ref={plotRef}>
          <ComputeError error={error} />
          {out && estimate ? (
            <>
              <FigureText {...describeCloud(out, shown, estimate)} target="main-plot">
                <CloudView out={out} width={plotWidth} shown={shown} handleRef={cloud} />
              </FigureText>
              <Legend
                items={[
                  { label: PST_STYLE.cloud.label, color: PST_STYLE.cloud.color, dash: '2 4' },
                  { label: PST_STYLE.exact.label, color: PST_STYLE.exact.color },
                  {
                    label: 'running estimate Ĝ of the samples shown (2σ ellipse)',
                    color: PST_STYLE.estimate.color,
                    dash: PST_STYLE.estimate.dash,
                  },
                ]}
              />
              <SampleControls reveal={reveal} total={total} counterRef={counter} />
              <div className="rule">
                <Formula
                  display
                  testId="live-formula"
                  tex={`\\hat G_{S=${shown}} = \\tfrac{1}{S}\\textstyle\\sum_s \\mathcal D w_s \\mathcal D w_s^\\top = ${shown >= 1 ? texMat(estimate) : '\\text{—}'} \\;\\approx\\; G = ${texMat(out.exactG)}`}
                />
                {shown >= 2 && (
                  <Formula
                    display
                    testId="live-error"
                    tex={`\\frac{\\|\\hat G - G\\|_F}{\\|G\\|_F} = ${(100 * relFrobenius(estimate, out.exactG)).toFixed(1)}\\% \\quad \\text{(shrinks like } 1/\\sqrt{S}\\text{)}`}
                  />
                )}
              </div>
              <p className="caption" data-testid="caption" aria-live="polite">
                {cloudCaption(out, p, shown)}
              </p>
            </>
          ) : (
            !error && <p className="loading">Computing…</p>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
          <PstControls p={p} set={set} />
          {full && estimate && (
            <DownloadButton
              filename={`curvature-lab-${PANEL}.json`}
              getData={() => exportPst(p, full, shown, estimate, batch)}
            />
          )}
        </aside>
      </div>
      <div ref={rowRef}>
        {out && estimate && (
          <>
            <div className="panel-row two">
              <section>
                <h2>True Fisher vs empirical Fisher</h2>
                <FisherCompare out={out} width={half - 30} sentence={fisherSentence(out, p)} />
              </section>
              <section>
                <h2>The pullback recipe, step by step</h2>
                <RecipeView
                  out={out}
                  output={p.output}
                  sigma={p.sigma}
                  shown={shown}
                  estimate={estimate}
                />
                {p.model === 'linear' && (
                  <>
                    <h3>In weight space, as on the slide</h3>
                    <WeightSpaceView out={out} shown={shown} width={half - 30} />
                  </>
                )}
              </section>
            </div>
            {full ? (
              <div className="panel-row two">
                <section>
                  <h2>Diagonal approximation: the EMA estimate of diag(G)</h2>
                  <EmaView out={full} p={p} width={half} caption={emaCaption(full, p)} set={set} />
                </section>
                <section>
                  <h2>Diagonal vs full, and using it to precondition GD</h2>
                  <DiagonalEllipses out={full} width={half} />
                  {full.gd ? (
                    <GdView
                      gd={full.gd}
                      p={p}
                      width={half}
                      caption={gdCaption(full, p)}
                      set={set}
                    />
                  ) : (
                    <p className="small" data-testid="gd-linear-only">
                      The GD comparison runs on the 2-weight linear model, where the whole loss
                      lives in the plotted plane.{' '}
                      <button type="button" onClick={() => set({ model: 'linear' })}>
                        Switch to the linear model
                      </button>
                    </p>
                  )}
                </section>
              </div>
            ) : (
              <p className="loading">Computing the estimates…</p>
            )}
            <section className="panel-row">
              <h2>Curvature from one batch is noisy: error and step direction against B</h2>
              {batch ? (
                <BatchView b={batch} width={rowWidth} caption={claimText(batchClaims(batch))} />
              ) : (
                <p className="loading">Computing the batch sweep…</p>
              )}
            </section>
          </>
        )}
      </div>
    </PanelShell>
  );
}
