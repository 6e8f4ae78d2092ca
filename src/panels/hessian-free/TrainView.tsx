import { usePlayKeys } from '../../components/playBus';
import { Formula } from '../../components/Formula';
import type { TrainState } from '../../core/hf';
import { texNum } from '../shared/texNumbers';
import { trainCaption } from './captions';
import { progressOf } from './useHfTraining';

interface Props {
  s: TrainState | null;
  budget: number;
  running: boolean;
  done: boolean;
  error: string | undefined;
  onPlay(playing: boolean): void;
  onReset(): void;
}

const last = (a: Float64Array) => a[a.length - 1];

function hfTex(s: TrainState | null): string {
  const rule = String.raw`(G + \lambda I)\,p = -\nabla J\ \text{by CG},\\ \rho = \frac{J(\theta + p) - J(\theta)}{q(p) - q(0)},\quad \theta \leftarrow \theta + t\,p`;
  if (!s || s.hf.steps === 0) return rule;
  const st = s.hf.stats;
  return `${rule}\\\\ \\text{iteration } ${s.hf.steps}:\\ K = ${last(st.cgIters)}\\ \\text{CG steps (kept } ${last(st.chosenIter)}),\\ \\lambda = ${texNum(last(st.lambda))},\\ \\rho = ${texNum(last(st.rho))},\\ t = ${texNum(last(st.rate))},\\ J = ${texNum(last(s.hf.curve.loss))}`;
}

/** Second view, top: run controls, progress, the live HF update and the caption. */
export function TrainView({ s, budget, running, done, error, onPlay, onReset }: Props) {
  // Presenter keys: space starts/pauses training, r resets it.
  usePlayKeys({ toggle: () => !done && onPlay(!running), reset: onReset });
  const progress = progressOf(s);
  return (
    <div data-testid="train-view">
      <div className="play-controls" role="group" aria-label="Training" data-control="train">
        <button
          type="button"
          data-testid="train-toggle"
          aria-pressed={running}
          disabled={done}
          onClick={() => onPlay(!running)}
        >
          {running ? 'Pause' : s ? '▶ Resume' : '▶ Train'}
        </button>
        <button type="button" data-testid="train-reset" onClick={onReset}>
          Reset
        </button>
        <label className="progress-label">
          {done ? 'Finished' : running ? 'Training…' : s ? 'Paused' : 'Not started'}{' '}
          <progress
            max={1}
            value={progress}
            data-testid="train-progress"
            aria-label="Training progress"
          />{' '}
          <output data-testid="train-progress-value">{Math.round(progress * 100)}%</output>
        </label>
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          Training failed in the worker: {error}
        </div>
      )}
      <Formula display testId="hf-formula" tex={hfTex(s)} />
      <p className="caption" data-testid="train-caption" aria-live="polite">
        {trainCaption(s, budget)}
      </p>
    </div>
  );
}
