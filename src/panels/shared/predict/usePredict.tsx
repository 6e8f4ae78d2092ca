import { useState, type ReactNode } from 'react';
import type { PanelId } from '../../../params/panelIds';
import { convergeClaim, offByClaim, pointText } from '../../../core/predict/claims';
import { stepAt, type Answer, type RunEnding } from '../../../core/predict/predict';
import type { Vec2 } from '../../../core/types';
import { useStore } from '../../../state/store';
import { iterateName } from './cursor';
import { PredictBox } from './PredictBox';
import { PredictLayer } from './PredictLayer';

/** What a panel tells predict mode about the state on screen. */
export interface PredictConfig {
  panel: PanelId;
  on: boolean;
  setOn(on: boolean): void;
  /** The run whose next iterate is predicted (the focused method), or null before a result. */
  run: { iterates: Float64Array; ending: RunEnding; name: string; color: string } | null;
  /** The analysed iterate k: the step k → k + 1 is predicted. */
  k: number;
  /** The coordinates' symbol: w, or θ on the Invariance panel. */
  sym: string;
  /** The run "Will … converge from here?" asks about, and its name mid-sentence. */
  question: { iterates: Float64Array; ending: RunEnding; name: string } | null;
  /** The next step's prediction (k + 1). */
  onNext(): void;
}

export interface PredictView {
  on: boolean;
  /** How many iterates of each run the plots may draw (all when predict mode is off). */
  visible: number;
  /** The step k → k + 1 is hidden: readouts that give it away (Δw, w⁽ᵏ⁺¹⁾, ★) must be too. */
  stepHidden: boolean;
  /** How runs ended (status chips, captions, summaries) may be shown: off, or the question answered. */
  runsShown: boolean;
  /** The plot overlay (null when off); goes under the plot's handles. */
  layer: ReactNode;
  /** The toggle and, when on, the prompt, the result and the yes/no question. */
  box: ReactNode;
}

/** Equal keys mean the same run: a changed slider that changes the run asks afresh. */
export const runKey = (it: Float64Array, e: RunEnding) =>
  `${e.status}|${e.steps}|${it[0]},${it[1]}|${it[it.length - 2]},${it[it.length - 1]}`;

interface StepState {
  key: string;
  cursor: Vec2 | null;
  guess: Vec2 | null;
}

/**
 * Predict mode's state, kept in React only (nothing about a student is stored): the crosshair and
 * the committed prediction of the current step, and the answer to the yes/no question. Both reset
 * when what they are about changes (another k, another run).
 */
export function usePredict(cfg: PredictConfig): PredictView {
  const big = useStore((s) => s.params[cfg.panel]?.present === '1');
  const [st, setSt] = useState<StepState>({ key: '', cursor: null, guess: null });
  const [qa, setQa] = useState<{ key: string; answer: Answer } | null>(null);
  const step = cfg.run ? stepAt(cfg.run.iterates, cfg.k) : null;
  const key = step ? `${cfg.run!.name}|${step.k}|${step.from.join()}|${step.to?.join()}` : '';
  const cur = st.key === key ? st : { key, cursor: null, guess: null };
  const qKey = cfg.question
    ? `${cfg.question.name}|${runKey(cfg.question.iterates, cfg.question.ending)}`
    : '';
  const answer = qa && qa.key === qKey ? qa.answer : null;

  if (!cfg.on || !step || !cfg.run) {
    const box = <PredictBox on={cfg.on} setOn={cfg.setOn} />;
    return {
      on: cfg.on,
      visible: Infinity,
      stepHidden: cfg.on,
      runsShown: !cfg.on,
      layer: null,
      box,
    };
  }
  const pending = step.to !== null && cur.guess === null;
  const revealed = step.to !== null && cur.guess !== null;
  const next = iterateName(cfg.sym, step.k + 1);
  const offBy = revealed ? offByClaim(cur.guess!, { ...step, to: step.to! }, cfg.sym) : null;
  const verdict =
    answer && cfg.question ? convergeClaim(answer, cfg.question.ending, cfg.question.name) : null;
  const label = pending
    ? `Predict where ${next} of ${cfg.run.name} lands: arrow keys move the crosshair (Shift: finer), Enter commits, Escape cancels.`
    : `Prediction for ${next} revealed${step.to ? '; → predicts the next step' : ''}.`;
  const setCursor = (w: Vec2 | null) => setSt({ key, cursor: w, guess: null });

  return {
    on: true,
    visible: step.to === null ? Infinity : step.k + (revealed ? 2 : 1),
    stepHidden: pending,
    runsShown: answer !== null,
    layer: (
      <PredictLayer
        from={step.from}
        truth={revealed ? step.to : null}
        cursor={cur.cursor}
        guess={cur.guess}
        pending={pending}
        big={big}
        color={cfg.run.color}
        label={label}
        onCursor={setCursor}
        onCommit={(w) => setSt({ key, cursor: w, guess: w })}
        onNext={cfg.onNext}
      />
    ),
    box: (
      <PredictBox
        on
        setOn={cfg.setOn}
        prompt={{ method: cfg.run.name, sym: cfg.sym, k: step.k, hasNext: step.to !== null }}
        ending={cfg.run.ending}
        cursor={pending ? cur.cursor : null}
        result={offBy?.text ?? ''}
        onNext={revealed ? cfg.onNext : null}
        question={
          cfg.question && {
            text: `Will ${cfg.question.name} converge from ${iterateName(cfg.sym, 0)} = ${pointText([cfg.question.iterates[0], cfg.question.iterates[1]])}?`,
            answer,
            verdict: verdict?.text ?? '',
            onAnswer: (a: Answer) => setQa({ key: qKey, answer: a }),
          }
        }
      />
    ),
  };
}
