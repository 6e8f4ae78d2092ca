import { useId } from 'react';
import type { NumberDecl } from '../../params/spec';

interface Props {
  /** The declared integer seed (range, help and, unless `label` is given, the label). */
  spec: NumberDecl & { readonly key: string };
  value: number;
  onChange(seed: number): void;
  /** What this seed drives in this view. */
  label?: string;
  /** data-testid and data-control (default the URL key). */
  testId?: string;
}

/** A labelled integer seed input that ignores empty or non-numeric text while typing. */
export function SeedField({ spec, value, onChange, label, testId = spec.key }: Props) {
  const id = useId();
  return (
    <div className="control" data-control={testId}>
      <label htmlFor={id}>{label ?? spec.label}</label>
      <input
        id={id}
        type="number"
        min={spec.min}
        max={spec.max}
        step={1}
        value={value}
        title={spec.help}
        data-testid={testId}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(v);
        }}
      />
    </div>
  );
}
