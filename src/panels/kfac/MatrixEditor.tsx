import { useState } from 'react';
import { heatColor, maxAbs, textColor } from '../../components/Heatmap';
import { GREY, OKABE_ITO, TONE } from '../../components/palette';
import type { Mat } from '../../core/linalg';

interface Props {
  name: string;
  M: Mat;
  onChange(i: number, j: number, v: number): void;
  /** Cell outlined as "the entry that scales the highlighted block". */
  active?: { row: number; col: number } | null;
  /** Focus or hover on a cell (keyboard users get the same highlight as mouse users). */
  onPoint?(cell: { row: number; col: number } | null): void;
  testId: string;
}

/**
 * A small matrix as a grid of number inputs whose backgrounds are the heatmap colours: editable
 * with the keyboard (Tab between cells, arrows to step), each input labelled with its entry.
 */
export function MatrixEditor({ name, M, onChange, active, onPoint, testId }: Props) {
  const max = maxAbs(M.data);
  return (
    <div
      role="group"
      aria-label={`Matrix ${name}, ${M.rows}×${M.cols}`}
      data-testid={testId}
      data-control={testId}
      style={{ display: 'grid', gridTemplateColumns: `repeat(${M.cols}, 4.6rem)`, gap: 3 }}
      onMouseLeave={onPoint ? () => onPoint(null) : undefined}
    >
      {Array.from({ length: M.rows * M.cols }, (_, k) => {
        const i = Math.floor(k / M.cols);
        const j = k % M.cols;
        const v = M.data[k];
        const isActive = active?.row === i && active.col === j;
        return (
          <Cell
            key={k}
            label={`${name}[${i + 1},${j + 1}]`}
            value={v}
            background={heatColor(v, max)}
            color={textColor(v, max)}
            active={isActive}
            onCommit={(x) => onChange(i, j, x)}
            onPoint={onPoint ? (on) => onPoint(on ? { row: i, col: j } : null) : undefined}
            testId={`${testId}-${i}-${j}`}
          />
        );
      })}
    </div>
  );
}

interface CellProps {
  label: string;
  value: number;
  background: string;
  color: string;
  active: boolean;
  onCommit(v: number): void;
  onPoint?(on: boolean): void;
  testId: string;
}

/** Keeps the typed text while it is not (yet) a number, e.g. "-" or "0.", and commits numbers. */
function Cell({ label, value, background, color, active, onCommit, onPoint, testId }: CellProps) {
  // A new value from outside replaces the draft unless the draft already means that number.
  const [state, setState] = useState({ source: value, draft: String(value) });
  const draft =
    state.source === value || (state.draft.trim() !== '' && Number(state.draft) === value)
      ? state.draft
      : String(value);
  const setDraft = (d: string) => setState({ source: value, draft: d });
  const invalid = draft.trim() === '' || !Number.isFinite(Number(draft));
  return (
    <input
      type="number"
      step={0.1}
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? 'Type a number' : label}
      value={draft}
      data-testid={testId}
      onChange={(e) => {
        setDraft(e.target.value);
        const x = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(x)) onCommit(x);
      }}
      onFocus={onPoint && (() => onPoint(true))}
      onBlur={onPoint && (() => onPoint(false))}
      onMouseEnter={onPoint && (() => onPoint(true))}
      style={{
        width: '100%',
        boxSizing: 'border-box',
        textAlign: 'center',
        fontVariantNumeric: 'tabular-nums',
        fontSize: '1rem',
        padding: '0.35rem 0.1rem',
        background,
        color,
        border: invalid
          ? `2px solid ${TONE.invalid}`
          : active
            ? `3px dashed ${OKABE_ITO.black}`
            : `1px solid ${GREY.mutedLine}`,
        borderRadius: 3,
      }}
    />
  );
}
