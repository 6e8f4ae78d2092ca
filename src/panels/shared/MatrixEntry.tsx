import { useState } from 'react';
import type { Mat2 } from '../../core/types';

/** A number input that commits on Enter or blur, so half-typed values ("1.", "-") never apply. */
function NumberField({
  value,
  onCommit,
  label,
  testId,
}: {
  value: number;
  onCommit(v: number): void;
  label: string;
  testId?: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const v = Number(text);
    if (text.trim() !== '' && Number.isFinite(v) && v !== value) onCommit(v);
    setText(null);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      className="num"
      aria-label={label}
      data-testid={testId}
      value={text ?? String(Number(value.toPrecision(4)))}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setText(null);
      }}
    />
  );
}

/**
 * A 2×2 matrix to type into, as [a₁₁ a₁₂; a₂₁ a₂₂], with an optional offset vector beside it
 * (w = R w̃ + b). testId prefixes give `${prefix}-11`, `-12`, `-21`, `-22`, `-v1`, `-v2`.
 */
export function MatrixEntry({
  name,
  A,
  onChange,
  vectorName,
  vector,
  onVector,
  testId,
}: {
  name: string;
  A: Mat2;
  onChange(A: Mat2): void;
  vectorName?: string;
  vector?: readonly [number, number];
  onVector?(v: [number, number]): void;
  testId: string;
}) {
  const set = (i: number, v: number) => {
    const next = [...A] as [number, number, number, number];
    next[i] = v;
    onChange(next);
  };
  const idx = ['11', '12', '21', '22'];
  return (
    <div className="matrix-entry" role="group" aria-label={`Entries of ${name}`}>
      <div className="matrix-row">
        <span className="matrix-name">{name} =</span>
        <span className="matrix-grid">
          {idx.map((ij, i) => (
            <NumberField
              key={ij}
              value={A[i]}
              onCommit={(v) => set(i, v)}
              label={`${name} entry ${ij[0]},${ij[1]}`}
              testId={`${testId}-${ij}`}
            />
          ))}
        </span>
      </div>
      {vector && onVector && vectorName && (
        <div className="matrix-row">
          <span className="matrix-name">{vectorName} =</span>
          <span className="matrix-grid vector">
            {[0, 1].map((i) => (
              <NumberField
                key={i}
                value={vector[i]}
                onCommit={(v) => onVector(i === 0 ? [v, vector[1]] : [vector[0], v])}
                label={`${vectorName} entry ${i + 1}`}
                testId={`${testId}-v${i + 1}`}
              />
            ))}
          </span>
        </div>
      )}
    </div>
  );
}
