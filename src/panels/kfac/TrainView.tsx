import { ComputeError } from '../../components/ComputeError';
import { usePlayKeys } from '../../components/playBus';
import { DownloadButton } from '../../components/DownloadButton';
import { Legend } from '../../components/Legend';
import { LineChart, type Series } from '../../components/LineChart';
import { useElementWidth } from '../../components/useElementWidth';
import { KFAC_METHODS, type KfacTrainState } from '../../core/kfac';
import type { PanelId } from '../../params/panelIds';
import type { SetParams } from '../shared/useParams';
import { trainCaption } from './caption';
import { CostTable } from './CostTable';
import { exportTrain } from './exportKfac';
import { KFAC_PARAMS, type KfacParams } from './params';
import { TrainControls } from './TrainControls';
import { PRESET_WHY, TRAIN_STYLE } from './trainStyle';
import { useKfacTraining } from './useKfacTraining';
import { FigureText } from '../../components/FigureText';
import { describeTraining } from './describe';

interface Props {
  panel: PanelId;
  p: KfacParams;
  set: SetParams<typeof KFAC_PARAMS>;
}

const shown = (s: KfacTrainState) => KFAC_METHODS.filter((m) => m !== 'hf' || s.config.hf);

function series(s: KfacTrainState, x: 'steps' | 'timeMs'): Series[] {
  return shown(s).map((m) => ({
    label: TRAIN_STYLE[m].label,
    xs: s[m].curve[x],
    ys: s[m].curve.loss,
    color: TRAIN_STYLE[m].color,
    dash: TRAIN_STYLE[m].dash,
  }));
}

const CHARTS = [
  {
    x: 'steps',
    testId: 'main-plot',
    label: 'Training loss against iterations',
    xLabel: 'iteration',
  },
  {
    x: 'timeMs',
    testId: 'time-plot',
    label: 'Training loss against compute time',
    xLabel: 'worker compute time (ms)',
  },
] as const;

/** Third view: K-FAC vs SGD with momentum vs Adam, trained in the worker in short chunks. */
export function TrainView({ panel, p, set }: Props) {
  const t = useKfacTraining(panel, p);
  // Presenter keys: space starts/pauses training, r resets it.
  usePlayKeys({ toggle: () => !t.done && t.setPlaying(!t.playing), reset: t.reset });
  const s = t.last;
  const [ref, width] = useElementWidth<HTMLDivElement>(700);
  const half = Math.max(280, Math.floor((width - 16) / 2));
  const progress = s ? Math.min(s.kfac.steps, s.sgd.steps, s.adam.steps) : 0;
  return (
    <div className="panel-grid">
      <div className="figure-col" ref={ref}>
        <ComputeError error={t.error} />
        {s ? (
          <>
            <FigureText {...describeTraining(s)} target="main-plot">
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
                {CHARTS.map((c) => (
                  <LineChart
                    key={c.x}
                    testId={c.testId}
                    label={c.label}
                    series={series(s, c.x)}
                    width={half}
                    height={280}
                    xLabel={c.xLabel}
                    yLabel="training loss (log)"
                    logY
                  />
                ))}
              </div>
            </FigureText>
            <Legend items={shown(s).map((m) => TRAIN_STYLE[m])} />
          </>
        ) : (
          <div data-testid="main-plot" className="loading">
            No run yet: press Start. Every method starts from the same weights and sees batches of
            the same size.
          </div>
        )}
        <p className="caption" data-testid="caption" aria-live="polite">
          {s ? trainCaption(s) : 'Press Start: every method trains from the same initial weights.'}
        </p>
        <p className="small" data-testid="preset-why">
          {PRESET_WHY[p.preset]}
        </p>
        {s && <CostTable s={s} />}
      </div>
      <aside className="controls-col" aria-label="Training controls">
        <div className="presets">
          <button
            type="button"
            data-testid="train-play"
            onClick={() => t.setPlaying(!t.playing)}
            disabled={t.done}
          >
            {t.done ? 'Finished' : t.playing ? 'Pause' : s ? 'Resume' : 'Start'}
          </button>
          <button type="button" data-testid="train-reset" onClick={t.reset}>
            Reset
          </button>
          <output data-testid="train-progress" aria-live="polite">
            {progress} / {p.iters} iterations{t.done ? ' (done)' : ''}
          </output>
        </div>
        <TrainControls p={p} set={set} />
        {s && (
          <DownloadButton
            filename={`curvature-lab-${panel}-train.json`}
            getData={() => exportTrain(p, s)}
          />
        )}
      </aside>
    </div>
  );
}
