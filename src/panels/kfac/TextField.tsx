import { useState } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Called on Enter or blur with the typed text; the parent validates and shows `error`. */
  onCommit(v: string): void;
  error: string | null;
  testId: string;
  hint?: string;
}

/** A labelled text input that commits on Enter/blur, with its validation message beside it. */
export function TextField({ id, label, value, onCommit, error, testId, hint }: Props) {
  // The draft follows the committed value whenever that changes (URL edit, reset, clamp).
  const [state, setState] = useState({ source: value, draft: value });
  const draft = state.source === value ? state.draft : value;
  const setDraft = (d: string) => setState({ source: value, draft: d });
  return (
    <div className="control" data-control={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        data-testid={testId}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onCommit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(draft);
        }}
      />
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
