import { PanelShell } from '../shared/PanelShell';
import { ComputeError } from '../../components/ComputeError';
import { PROXIMAL_NET } from '../../core/proximal';
import { DownloadButton } from '../../components/DownloadButton';
import { Formula } from '../../components/Formula';
import { Legend } from '../../components/Legend';
import { useElementWidth } from '../../components/useElementWidth';
import { usePanelParams } from '../shared/useParams';
import { proximalCaption } from './caption';
import { Controls } from './Controls';
import { exportProximal } from './exportProximal';
import { FunctionView } from './FunctionView';
import { FigureText } from '../../components/FigureText';
import { describeProximal } from './describe';
import { NgdReadout } from './NgdReadout';
import { PROXIMAL_PARAMS } from './params';
import { Presets } from './Presets';
import { liveObjectiveTex, PROXIMAL_TEX } from './ruleTex';
import { SameComputeView } from './SameComputeView';
import { SequenceView } from './SequenceView';
import { POINT_STYLE, REFERENCE, VIEW_STYLE } from './style';
import { PANEL, useProximal } from './useProximal';

const GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
  gap: '0.4rem 1rem',
} as const;

export function ProximalPanel() {
  const [p, set] = usePanelParams(PANEL, PROXIMAL_PARAMS);
  const { out, error, seq, seqError, same, sameError } = useProximal(p);
  const [figRef, figWidth] = useElementWidth<HTMLDivElement>(720);
  // The rows below the figure span the page: their charts take half of it (all of it on a phone).
  const [rowRef, rowWidth] = useElementWidth<HTMLElement>(900);
  const rowHalf = rowWidth >= 620 ? Math.floor((rowWidth - 16) / 2) : rowWidth;
  if (!p) return null;
  const viewWidth = figWidth >= 620 ? Math.floor((figWidth - 16) / 2) : figWidth;
  const both = out?.views.find((v) => v.id === 'both');
  const ngd = out?.views.find((v) => v.id === 'ngd');
  const sgd = out?.views.find((v) => v.id === 'sgd');
  // Each linearized step is drawn over the proximal view it approximates.
  const overlayOf = (id: string) =>
    id === 'both' && ngd?.status === 'ok'
      ? ngd
      : id === 'wsd' && sgd?.status === 'ok'
        ? sgd
        : undefined;

  return (
    <PanelShell
      panel={PANEL}
      title="Proximal optimization: loss on the batch + function-space distance + weight-space distance"
      tex={[PROXIMAL_TEX]}
    >
      <div className="panel-grid">
        <div className="figure-col" ref={figRef}>
          <ComputeError error={error} />
          {out ? (
            <>
              <FigureText {...describeProximal(out, p)}>
                <div style={GRID} data-testid="main-plot">
                  {out.views
                    .filter((v) => v.id !== 'ngd' && v.id !== 'sgd')
                    .map((v) => (
                      <FunctionView
                        key={v.id}
                        out={out}
                        view={v}
                        width={viewWidth}
                        steps={p.steps}
                        overlay={overlayOf(v.id)}
                      />
                    ))}
                </div>
              </FigureText>
              <Legend
                items={[
                  ...(['previous', 'wsd', 'fsd', 'both', 'sgd', 'ngd'] as const).map((id) => ({
                    label: VIEW_STYLE[id].label,
                    color: VIEW_STYLE[id].color,
                    dash: VIEW_STYLE[id].dash,
                    ...((id === 'ngd' && ngd?.status !== 'ok') ||
                    (id === 'sgd' && sgd?.status !== 'ok')
                      ? { status: 'not defined' }
                      : {}),
                  })),
                  { label: REFERENCE.label, color: REFERENCE.color, dash: REFERENCE.dash },
                ]}
              />
              <p className="small">
                Points: ◆ {POINT_STYLE.batch.label} (orange), ● {POINT_STYLE.seen.label} (grey), ■{' '}
                {POINT_STYLE.unseen.label} (light blue, shaded region). Green ticks on the x-axis:
                where the FSD is measured.
              </p>
              <p className="caption" data-testid="caption" aria-live="polite">
                {proximalCaption(out, p)}
              </p>
            </>
          ) : (
            !error && <p className="loading">Computing…</p>
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
          <Presets set={set} />
          <Controls p={p} set={set} lrLimit={both?.lrLimit} />
        </aside>
      </div>
      {out && both && (
        <div className="panel-row two">
          <section aria-label="SGD and natural gradient">
            <h2>The linearized steps: SGD and natural gradient</h2>
            <NgdReadout out={out} />
          </section>
          <section aria-label="The proximal objective in numbers">
            <h2>Loss + WSD + FSD in numbers</h2>
            <div className="rule">
              <Formula tex={liveObjectiveTex(both)} display testId="live-rule" />
            </div>
            <p className="small">
              Each view is K = {p.steps} steps of {p.method === 'gd' ? 'gradient descent' : 'Adam'}{' '}
              (α = {p.lr}) on its own proximal objective, all started from the same w⁽ᵏ⁾ (a{' '}
              {PROXIMAL_NET.sizes.join('-')} tanh network, {out.paramCount} parameters). ρ is the KL
              divergence of the Gaussian predictions, ½(f − f⁽ᵏ⁾)².
            </p>
            <DownloadButton
              filename={`curvature-lab-${PANEL}.json`}
              getData={() => exportProximal(p, out, seq, same)}
            />
          </section>
        </div>
      )}
      <section className="panel-row" aria-label="Same compute" ref={rowRef}>
        <h2>
          Same compute: K = {p.steps} steps on one batch’s proximal objective, or K SGD steps on K
          batches?
        </h2>
        {sameError && (
          <div className="notice notice-error" role="alert">
            The same-compute comparison failed: {sameError}
          </div>
        )}
        {same ? (
          <SameComputeView r={same} p={p} set={set} width={rowHalf} />
        ) : (
          !sameError && <p className="loading">Computing…</p>
        )}
      </section>
      {p.seq > 0 && (
        <section className="panel-row" aria-label="Sequence mode">
          <h2>Sequence mode: {p.seq} successive batches, the same for every method</h2>
          {seqError && (
            <div className="notice notice-error" role="alert">
              The sequence computation failed: {seqError}
            </div>
          )}
          {seq ? <SequenceView seq={seq} width={rowHalf} /> : <p className="loading">Computing…</p>}
        </section>
      )}
    </PanelShell>
  );
}
