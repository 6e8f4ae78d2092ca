import type { ListDecl } from '../params/spec';

export interface ParamChecksProps<V extends string> {
  spec: ListDecl<V> & { readonly key: string };
  value: readonly V[];
  onChange(v: V[]): void;
  /** A colour swatch per value (the trajectory's colour), so the box and its line match. */
  swatch?(v: V): string;
  disabled?(v: V): boolean;
  /** A label that depends on the state (default: the declared one). */
  label?(v: V): string;
  /** Words after a value's label (e.g. why it is disabled). */
  suffix?(v: V): string;
  /** Overrides data-control (kept where embeds already name another id). */
  control?: string;
}

/** A declared list parameter as checkboxes, in declaration order (so the URL order is stable). */
export function ParamChecks<V extends string>({
  spec,
  value,
  onChange,
  swatch,
  disabled,
  label,
  suffix,
  control,
}: ParamChecksProps<V>) {
  return (
    <fieldset
      className="control-group methods"
      data-control={control ?? spec.key}
      title={spec.help}
    >
      <legend>{spec.label}</legend>
      {spec.values.map((v) => (
        <label key={v} className="check">
          <input
            type="checkbox"
            checked={value.includes(v)}
            disabled={disabled?.(v)}
            data-testid={`${spec.key}-${v}`}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? spec.values.filter((x) => x === v || value.includes(x))
                  : value.filter((x) => x !== v),
              )
            }
          />
          {swatch && (
            <span className="swatch" style={{ background: swatch(v) }} aria-hidden="true" />
          )}
          {label?.(v) ?? spec.labels?.[v] ?? v}
          {suffix?.(v)}
        </label>
      ))}
    </fieldset>
  );
}
