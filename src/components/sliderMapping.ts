/** Position ↔ value mapping of a declared slider, and the words a screen reader says. */
import type { NumberDecl } from '../params/spec';

/** Positions of a log slider: equal ratios between min and max. */
export const LOG_NOTCHES = 280;

/** An integer parameter exactly (1234, not 1230); other values with 3 significant digits. */
export const formatValue = (v: number, integer = false) =>
  integer && Number.isInteger(v)
    ? String(v)
    : v === 0
      ? '0'
      : Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3
        ? v.toExponential(2)
        : String(Number(v.toPrecision(3)));

export interface SliderMapping {
  lo: number;
  hi: number;
  step: number;
  toPos(v: number): number;
  fromPos(x: number): number;
}

type Mappable = Pick<NumberDecl, 'min' | 'max' | 'scale' | 'zero' | 'integer' | 'step'>;

/** Linear sliders use the value itself; log sliders a notch index, with −1 = exact 0 if allowed. */
export function sliderMapping(d: Mappable): SliderMapping {
  if (d.scale !== 'log') {
    const step = d.step ?? (d.integer ? 1 : (d.max - d.min) / 200);
    return { lo: d.min, hi: d.max, step, toPos: (v) => v, fromPos: (x) => x };
  }
  const a = Math.log10(d.min);
  const b = Math.log10(d.max);
  const zero = d.zero !== undefined;
  return {
    lo: zero ? -1 : 0,
    hi: LOG_NOTCHES,
    step: 1,
    toPos: (v) =>
      v <= 0
        ? zero
          ? -1
          : 0
        : Math.round(
            ((Math.log10(Math.max(d.min, Math.min(d.max, v))) - a) / (b - a)) * LOG_NOTCHES,
          ),
    fromPos: (x) =>
      x < 0 ? 0 : Number(Math.pow(10, a + ((b - a) * x) / LOG_NOTCHES).toPrecision(3)),
  };
}

/** "η = 0.1, log scale, 0 means undamped": the value with its meaning and scale. */
export function spokenValue(d: NumberDecl, v: number): string {
  const name = d.symbol ?? d.label;
  const parts = [`${name} = ${formatValue(v, d.integer)}${d.unit ? ` ${d.unit}` : ''}`];
  if (v === 0 && d.zero !== undefined) parts[0] += ` (${d.zero})`;
  if (d.scale === 'log') parts.push('log scale');
  if (d.zero !== undefined && v !== 0) parts.push(`0 means ${d.zero}`);
  return parts.join(', ');
}
