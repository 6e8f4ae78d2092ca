import { useId } from 'react';
import type { NumberDecl } from '../params/spec';

export interface ParamNumberInputProps {
  /** The parameter's declaration with its URL key (data-testid, data-control and embeds use it). */
  spec: NumberDecl & { readonly key: string };
  value: number;
  onChange(v: number): void;
}

/**
 * A labelled number field driven by a declaration (seeds and other values typed, not slid): its
 * range and step come from there; empty or non-numeric text is ignored while typing, and the
 * setter clamps with the URL's rules.
 */
export function ParamNumberInput({ spec, value, onChange }: ParamNumberInputProps) {
  const id = useId();
  return (
    <div className="control" data-control={spec.key}>
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="number"
        min={spec.min}
        max={spec.max}
        step={spec.step ?? (spec.integer ? 1 : 'any')}
        value={value}
        title={spec.help}
        data-testid={spec.key}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(v);
        }}
      />
    </div>
  );
}
