import type { Answer, RunEnding } from '../../../core/predict/predict';
import { pointText } from '../../../core/predict/claims';
import type { Vec2 } from '../../../core/types';
import { Check } from '../../../components/ParamCheck';
import { iterateName } from './cursor';
import './predict.css';

interface Question {
  text: string;
  answer: Answer | null;
  /** The computed answer sentence once answered. */
  verdict: string;
  onAnswer(a: Answer): void;
}

interface Props {
  on: boolean;
  setOn(on: boolean): void;
  /** What is predicted: the method (mid-sentence), the coordinates' symbol, k, and whether k + 1 exists. */
  prompt?: { method: string; sym: string; k: number; hasNext: boolean };
  /** How the predicted run ended (said when it has no next iterate). */
  ending?: RunEnding;
  cursor?: Vec2 | null;
  /** The computed "Off by …" sentence after the reveal, else empty. */
  result?: string;
  onNext?: (() => void) | null;
  question?: Question | null;
}

const HOW =
  'Click in the plot — or Tab to it, move the crosshair with the arrow keys (Shift: finer steps) and press Enter.';

function endingText(e: RunEnding): string {
  if (e.status === 'converged') return 'converged there';
  if (e.status === 'diverged') return 'diverged: its next iterate is not a usable point';
  return 'used all its steps (raise Steps to go on)';
}

/** The prompt line: what to predict, what was revealed, or why there is nothing to predict. */
function Prompt({
  prompt,
  ending,
  cursor,
  revealed,
}: Required<Pick<Props, 'prompt'>> & Props & { revealed: boolean }) {
  const { method, sym, k, hasNext } = prompt;
  const next = iterateName(sym, k + 1);
  if (!hasNext) {
    return (
      <>
        {method} stops at {iterateName(sym, k)}
        {ending ? `: it ${endingText(ending)}` : ''}. Nothing left to predict here — step back, or
        move the start point.
      </>
    );
  }
  if (revealed)
    return (
      <>
        Revealed: {method}’s iterate {next}, drawn as ◎ next to your ⊕.
      </>
    );
  return (
    <>
      <strong>
        Where will {method}’s next iterate {next} land?
      </strong>{' '}
      {HOW} Everything after {iterateName(sym, k)} is hidden.
      {cursor && <span data-testid="predict-cursor"> Crosshair at {pointText(cursor)}.</span>}
    </>
  );
}

/**
 * Predict mode's text: the toggle (`data-control="predict"`), and when on, the yes/no question
 * before the run, the prompt, the computed result (announced) and the way to the next step.
 */
export function PredictBox(props: Props) {
  const { on, question, result = '' } = props;
  return (
    <section
      className={`predict-box${on ? ' on' : ''}`}
      aria-label="Predict, then reveal"
      data-testid="predict-box"
    >
      <Check
        checked={on}
        onChange={props.setOn}
        testId="predict"
        title="Hide the next iterate until you predict where it lands"
      >
        Predict, then reveal
      </Check>
      {on && question && (
        <div
          className="predict-question"
          role="group"
          aria-label="Yes/no prediction before the run"
        >
          <span>{question.text}</span>
          {(['yes', 'no'] as const).map((a) => (
            <button
              key={a}
              type="button"
              data-testid={`predict-${a}`}
              aria-pressed={question.answer === a}
              disabled={question.answer !== null}
              onClick={() => question.onAnswer(a)}
            >
              {a === 'yes' ? 'Yes' : 'No'}
            </button>
          ))}
        </div>
      )}
      {on && (
        <p className="predict-verdict" data-testid="predict-answer" aria-live="polite">
          {question?.verdict}
        </p>
      )}
      {on && props.prompt && (
        <p className="predict-prompt" data-testid="predict-prompt">
          <Prompt {...props} prompt={props.prompt} revealed={result !== ''} />
        </p>
      )}
      {on && (
        <p className="predict-result" data-testid="predict-result" aria-live="polite">
          {result}
        </p>
      )}
      {on && props.onNext && props.prompt && (
        <button type="button" data-testid="predict-next" onClick={props.onNext}>
          Next step ▶
        </button>
      )}
    </section>
  );
}
