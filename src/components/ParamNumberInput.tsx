import type { NumberDecl } from '../params/spec';
import { ControlField } from './ControlField';

export interface ParamNumberInputProps {
  /** The parameter's declaration with its URL key (data-testid, data-control and embeds use it). */
  spec: NumberDecl & { readonly key: string };
  value: number;
  onChange(v: number): void;
  /** What the value drives in this view (default: the declared label). */
  label?: string;
  /** data-testid and data-control (default: the URL key). */
  testId?: string;
}

/**
 * A labelled number field driven by a declaration (seeds and other values typed, not slid): its
 * range and step come from there; empty or non-numeric text is ignored while typing, and the
 * setter clamps with the URL's rules.
 */
export function ParamNumberInput(props: ParamNumberInputProps) {
  const { spec, value, onChange, testId = spec.key } = props;
  return (
    <ControlField control={testId} label={props.label ?? spec.label}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={spec.min}
          max={spec.max}
          step={spec.step ?? (spec.integer ? 1 : 'any')}
          value={value}
          title={spec.help}
          data-testid={testId}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(v)) onChange(v);
          }}
        />
      )}
    </ControlField>
  );
}
