import { PanelShell } from '../shared/PanelShell';
import { useDeferredValue } from 'react';
import { DownloadButton } from '../../components/DownloadButton';
import { useElementWidth } from '../../components/useElementWidth';
import { usePanelParams } from '../shared/useParams';
import { exportHf } from './exportHf';
import { ModelControls } from './ModelControls';
import { ModelView } from './ModelView';
import { HF_PARAMS } from './params';
import { ScalingControls } from './ScalingControls';
import { ScalingView } from './ScalingView';
import { HfStatsCharts, LossCharts } from './TrainCharts';
import { TrainControls } from './TrainControls';
import { TrainView } from './TrainView';
import { useCgJobs } from './useCgJobs';
import { useHfTraining } from './useHfTraining';

const PANEL = 'hessian-free' as const;
const VIEW = HF_PARAMS.view;

function Failure({ what, error }: { what: string; error: string }) {
  return (
    <div className="notice notice-error" role="alert">
      The {what} could not be computed: {error}
    </div>
  );
}

const loading = <p className="loading">Computing…</p>;

export function HessianFreePanel() {
  const [p, set] = usePanelParams(PANEL, HF_PARAMS);
  const jobs = useCgJobs(PANEL, p);
  const train = useHfTraining(PANEL, p);
  // Chunks arrive every few tens of ms: the charts render in interruptible, deferred passes.
  const charts = useDeferredValue(train.last);
  // Both containers exist in either view, so their widths are always measured.
  const [figRef, figWidth] = useElementWidth<HTMLDivElement>();
  const [rowRef, rowWidth] = useElementWidth<HTMLDivElement>(900);
  if (!p) return null;
  const half = Math.max(300, Math.floor((rowWidth - 20) / 2));
  const model = p.view === 'model';
  return (
    <PanelShell
      panel={PANEL}
      title="Hessian-free optimization: minimize the quadratic model with conjugate gradient, using only Gv products"
      tex={[
        String.raw`\min_v\ q(v) = \tfrac12 v^\top C v + \nabla J^\top v,\qquad Cv = J^\top H_z (J v)\ \text{(one MVP)},\qquad v_K = \text{CG after } K \text{ MVPs}`,
      ]}
      titleId="hf-title"
      tools={
        <div className="view-tabs" role="group" aria-label={VIEW.label} data-control="view">
          {VIEW.values.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={p.view === v}
              style={p.view === v ? { fontWeight: 700, borderWidth: 2 } : undefined}
              data-testid={`view-${v}`}
              onClick={() => set({ view: v })}
            >
              {VIEW.labels[v]}
            </button>
          ))}
        </div>
      }
    >
      <div className="panel-grid">
        <div className="figure-col" ref={figRef}>
          {model ? (
            <>
              <h2>GD vs CG on a 2-D model</h2>
              {jobs.modelError && <Failure what="2-D model" error={jobs.modelError} />}
              {jobs.model ? (
                <ModelView out={jobs.model} width={figWidth} />
              ) : (
                !jobs.modelError && loading
              )}
            </>
          ) : (
            <TrainView
              s={train.last}
              budget={p.budget}
              running={train.running}
              done={train.done || (train.last?.done ?? false)}
              error={train.error}
              onPlay={train.setPlaying}
              onReset={train.reset}
            />
          )}
        </div>
        <aside className="controls-col" aria-label="Controls">
          {model ? (
            <>
              <ModelControls p={p} set={set} panel={PANEL} custom={jobs.model?.custom ?? null} />
              <ScalingControls p={p} set={set} />
            </>
          ) : (
            <TrainControls p={p} set={set} />
          )}
          <DownloadButton
            filename={`curvature-lab-${PANEL}.json`}
            getData={() => exportHf(p, jobs.model, jobs.scaling, jobs.pcg, train.last)}
          />
        </aside>
      </div>
      <div className="panel-row" ref={rowRef}>
        {model && (
          <>
            <h2>Cost in matrix-vector products: in the worst case ∝ κ for GD, ∝ √κ for CG</h2>
            {jobs.scalingError && <Failure what="scaling study" error={jobs.scalingError} />}
            {jobs.pcgError && <Failure what="PCG study" error={jobs.pcgError} />}
            {jobs.scaling ? (
              <ScalingView out={jobs.scaling} pcg={jobs.pcg} width={half} rowWidth={rowWidth} />
            ) : (
              !jobs.scalingError && loading
            )}
          </>
        )}
        {!model && charts && (
          <>
            <h2>Training loss: HF vs SGD vs Adam, against three measures of cost</h2>
            <LossCharts s={charts} width={rowWidth} />
            <h2>Inside HF: CG work, damping λ and the reduction ratio ρ</h2>
            <HfStatsCharts s={charts} width={rowWidth} />
          </>
        )}
      </div>
    </PanelShell>
  );
}
