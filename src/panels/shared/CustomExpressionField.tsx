import { useEffect, useId, useMemo, useState } from 'react';
import type { Opt2dResult } from '../../core/compute/opt2d';
import { Formula } from '../../components/Formula';
import { useJob } from '../../state/useJob';
import type { Job } from '../../worker/protocol';
import type { Opt2dParams } from './opt2dParams';

interface Props {
  panel: string;
  p: Opt2dParams;
  out: Opt2dResult | null;
  set(patch: Partial<Opt2dParams>): void;
}

/**
 * The `f(x, y) =` field. Every keystroke is checked in the worker; a valid expression replaces
 * the plotted one at once, an invalid one shows its message and position under the field while
 * the last valid function stays on screen.
 */
export function CustomExpressionField({ panel, p, out, set }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(p.f);
  // Follow the URL when it changes from outside (a link, back button, scene).
  const [seen, setSeen] = useState(p.f);
  if (p.f !== seen) {
    setSeen(p.f);
    setDraft(p.f);
  }
  const job = useMemo<Job>(() => ({ kind: 'expr-check', input: { f: draft } }), [draft]);
  const { result } = useJob(panel, `${panel}:expr`, job, 'expr-check');
  const check = result?.output ?? null;
  const checkedDraft = check?.f === draft ? check : null;

  useEffect(() => {
    if (checkedDraft?.ok && draft !== p.f) set({ f: draft, range: null });
  }, [checkedDraft, draft, p.f, set]);

  // Keep a fitted view fixed from then on (it goes into the URL), so dragging the start point
  // does not move the axes.
  const fitted = out?.custom?.fitted ? out.custom.domain : null;
  useEffect(() => {
    if (p.range === null && fitted) set({ range: [...fitted[0], ...fitted[1]] as const });
  }, [fitted, p.range, set]);

  const typedError = checkedDraft && !checkedDraft.ok ? checkedDraft : null;
  const urlError =
    !typedError && out?.custom?.error && out.custom.f !== p.f ? out.custom.error : null;
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
        {out?.custom?.warnings.map((w) => (
          <p key={w} className="field-warning" data-testid="custom-f-warning">
            {w}
          </p>
        ))}
        {check?.ok && check.grad && check.hess && (
          <div className="rule small" data-testid="custom-derivatives">
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

function markAt(s: string, pos: number): string {
  const i = Math.max(0, Math.min(s.length, pos));
  return `${s.slice(Math.max(0, i - 12), i)}⟨here⟩${s.slice(i, i + 12)}`;
}
