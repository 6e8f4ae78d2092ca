import { ControlField } from './ControlField';
import type { EnumDecl } from '../params/spec';

export interface ParamSelectProps<V extends string> {
  spec: EnumDecl<V> & { readonly key: string };
  value: V;
  onChange(v: V): void;
  /** Only these values are offered (default: every declared value). */
  options?: readonly V[];
  hint?: string;
  /** Overrides data-testid (default `<key>-select`) where tests already use another id. */
  testId?: string;
}

/** A labelled select driven by a declaration: its values, their labels and the help text. */
export function ParamSelect<V extends string>({
  spec,
  value,
  onChange,
  options = spec.values,
  hint,
  testId,
}: ParamSelectProps<V>) {
  return (
    <ControlField control={spec.key} label={spec.label} hint={hint}>
      {(id) => (
        <select
          id={id}
          value={value}
          title={spec.help}
          data-testid={testId ?? `${spec.key}-select`}
          onChange={(e) => onChange(e.target.value as V)}
        >
          {options.map((v) => (
            <option key={v} value={v}>
              {spec.labels?.[v] ?? v}
            </option>
          ))}
        </select>
      )}
    </ControlField>
  );
}
