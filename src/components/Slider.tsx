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

/** Position ↔ value mapping of a slider: linear, or log with an optional exact-zero notch. */
function mapping(p: Pick<Props, 'min' | 'max' | 'step' | 'log' | 'allowZero' | 'value'>) {
  if (!p.log) {
    return {
      lo: p.min,
      hi: p.max,
      step: p.step ?? (p.max - p.min) / 200,
      pos: p.value,
      fromPos: (x: number) => x,
    };
  }
  const a = Math.log10(p.min);
  const b = Math.log10(p.max);
  const clamped = Math.max(p.min, Math.min(p.max, p.value));
  return {
    lo: p.allowZero ? -1 : 0,
    hi: NOTCHES,
    step: 1,
    pos:
      p.value <= 0
        ? p.allowZero
          ? -1
          : 0
        : Math.round(((Math.log10(clamped) - a) / (b - a)) * NOTCHES),
    fromPos: (x: number) =>
      x < 0 ? 0 : Number(Math.pow(10, a + ((b - a) * x) / NOTCHES).toPrecision(3)),
  };
}

/** A labelled range input; log sliders move in equal ratios and can include an exact zero. */
export function Slider(props: Props) {
  const { label, value, onChange, format = formatValue, testId, hint } = props;
  const id = useId();
  const m = mapping(props);
  return (
    <div className="control slider" data-control={testId}>
      <label htmlFor={id}>
        {label}{' '}
        <output data-testid={testId ? `${testId}-value` : undefined}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={m.lo}
        max={m.hi}
        step={m.step}
        value={m.pos}
        data-testid={testId}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(m.fromPos(Number(e.target.value)))}
      />
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}
