import type { PanelId } from '../../params/panelIds';
import { useEffect, useId, useMemo, useState } from 'react';
import type { CustomInfo } from '../../core/expr/custom';
import { Formula } from '../../components/Formula';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';

interface Props {
  panel: PanelId;
  /** The expression in the URL (the one plotted when it parses). */
  f: string;
  /** What the worker made of the plotted objective (null until its first answer). */
  custom: CustomInfo | null;
  /** A typed expression that parses: put it in the URL (and reset any manual view box). */
  onValid(f: string): void;
}

/**
 * The `f(x, y) =` field. Every keystroke is checked in the worker; a valid expression replaces
 * the plotted one at once, an invalid one shows its message and position under the field while
 * the last valid function stays on screen.
 */
export function CustomExpressionField({ panel, f, custom, onValid }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(f);
  // Follow the URL when it changes from outside (a link, back button, scene).
  const [seen, setSeen] = useState(f);
  if (f !== seen) {
    setSeen(f);
    setDraft(f);
  }
  const job = useMemo<Job>(() => ({ kind: 'expr-check', input: { f: draft } }), [draft]);
  const { result } = useJob(panel, `${panel}:expr`, job, 'expr-check');
  const check = result?.output ?? null;
  const checkedDraft = check?.f === draft ? check : null;

  useEffect(() => {
    if (checkedDraft?.ok && draft !== f) onValid(draft);
  }, [checkedDraft, draft, f, onValid]);

  const typedError = checkedDraft && !checkedDraft.ok ? checkedDraft : null;
  const urlError = !typedError && custom?.error && custom.f !== f ? custom.error : null;
  const error = typedError ?? (urlError ? { ok: false as const, ...urlError } : null);
  return (
    <div className="control custom-f">
      <label htmlFor={id}>f(x, y) =</label>
      <input
        id={id}
        type="text"
        value={draft}
        spellCheck={false}
        autoComplete="off"
        data-testid="custom-f"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <div id={`${id}-msg`} aria-live="polite">
        {error ? (
          <p className="field-error" role="alert" data-testid="custom-f-error">
            {error.message}
            {error.position !== null && (
              <>
                {' '}
                (at character {error.position + 1}: <code>{markAt(draft, error.position)}</code>)
              </>
            )}{' '}
            The plot still shows the last valid function.
          </p>
        ) : (
          <p className="hint">
            Use x, y, numbers, + − * / ^, exp, log, sqrt, abs, tanh, sin, cos, max, min, pi, e.
          </p>
        )}
        {custom?.warnings.map((w) => (
          <p key={w} className="field-warning" data-testid="custom-f-warning">
            {w}
          </p>
        ))}
        {check?.ok && check.grad && check.hess && (
          <div className="rule small derivatives" data-testid="custom-derivatives">
            <Formula
              tex={`\\nabla f = \\begin{pmatrix}${check.grad[0]}\\\\ ${check.grad[1]}\\end{pmatrix}`}
            />
            <Formula
              tex={`\\mathbf{H} = \\begin{pmatrix}${check.hess[0]} & ${check.hess[1]}\\\\ ${check.hess[1]} & ${check.hess[2]}\\end{pmatrix}`}
            />
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Keeps a fitted view fixed once the worker has fitted it (it goes into the URL), so dragging the
 * start point does not move the axes.
 */
export function useFixFittedRange(
  custom: CustomInfo | null | undefined,
  range: readonly [number, number, number, number] | null,
  setRange: (range: readonly [number, number, number, number]) => void,
) {
  const fitted = custom?.fitted ? custom.domain : null;
  useEffect(() => {
    if (range === null && fitted) setRange([...fitted[0], ...fitted[1]] as const);
  }, [fitted, range, setRange]);
}

function markAt(s: string, pos: number): string {
  const i = Math.max(0, Math.min(s.length, pos));
  return `${s.slice(Math.max(0, i - 12), i)}⟨here⟩${s.slice(i, i + 12)}`;
}
