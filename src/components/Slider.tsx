import { useId } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** Log-scale slider over [min, max]; with `allowZero` the leftmost notch means exactly 0. */
  log?: boolean;
  allowZero?: boolean;
  onChange(v: number): void;
  format?(v: number): string;
  testId?: string;
  hint?: string;
}

const NOTCHES = 280;

export const formatValue = (v: number) =>
  v === 0
    ? '0'
    : Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3
      ? v.toExponential(2)
      : String(Number(v.toPrecision(3)));

/** A labelled range input; log sliders move in equal ratios and can include an exact zero. */
export function Slider({
  label,
  value,
  min,
  max,
  step,
  log,
  allowZero,
  onChange,
  format = formatValue,
  testId,
  hint,
}: Props) {
  const id = useId();
  let pos: number;
  let lo: number;
  let hi: number;
  let st: number;
  if (log) {
    const a = Math.log10(min);
    const b = Math.log10(max);
    lo = allowZero ? -1 : 0;
    hi = NOTCHES;
    st = 1;
    pos =
      value <= 0
        ? lo
        : Math.round(((Math.log10(Math.max(min, Math.min(max, value))) - a) / (b - a)) * NOTCHES);
    const fromPos = (p: number) => {
      if (p < 0) return 0;
      return Number(Math.pow(10, a + ((b - a) * p) / NOTCHES).toPrecision(3));
    };
    return (
      <div className="control slider" data-control={testId}>
        <label htmlFor={id}>
          {label}{' '}
          <output data-testid={testId ? `${testId}-value` : undefined}>{format(value)}</output>
        </label>
        <input
          id={id}
          type="range"
          min={lo}
          max={hi}
          step={st}
          value={pos}
          data-testid={testId}
          aria-valuetext={format(value)}
          onChange={(e) => onChange(fromPos(Number(e.target.value)))}
        />
        {hint && <div className="hint">{hint}</div>}
      </div>
    );
  }
  return (
    <div className="control slider" data-control={testId}>
      <label htmlFor={id}>
        {label}{' '}
        <output data-testid={testId ? `${testId}-value` : undefined}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step ?? (max - min) / 200}
        value={value}
        data-testid={testId}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}
