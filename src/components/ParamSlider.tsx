import { memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import type { NumberDecl } from '../params/spec';
import { formatValue, sliderMapping, spokenValue } from './sliderMapping';

export interface ParamSliderProps {
  /** The parameter's declaration with its URL key (data-testid, data-control and embeds use it). */
  spec: NumberDecl & { readonly key: string };
  value: number;
  onChange(v: number): void;
  /** A second line under the slider (what the current value does). */
  hint?: string;
  /** Landmarks on the track, e.g. a threshold the lesson is about. */
  marks?: readonly { value: number; label: string }[];
  /** Shown instead of the declared label where one control serves a single coordinate. */
  label?: string;
  /** Overrides data-testid / data-control (a coordinate of a vec2 parameter). */
  testId?: string;
}

/**
 * A labelled range input driven by a declaration: its range, scale (log sliders move in equal
 * ratios, with an exact-zero notch when the declaration gives 0 a meaning), unit and the spoken
 * value for screen readers all come from there.
 */
export function ParamSlider(props: ParamSliderProps) {
  // Callers pass a new onChange closure (and spec object) with every render; a stable handler and
  // a memo comparing what is shown keep the sliders that did not change out of each update.
  const latest = useRef(props.onChange);
  useLayoutEffect(() => {
    latest.current = props.onChange;
  });
  const onChange = useCallback((v: number) => latest.current(v), []);
  return <SliderView {...props} onChange={onChange} />;
}

const sameSpec = (a: ParamSliderProps['spec'], b: ParamSliderProps['spec']) =>
  a === b ||
  (Object.keys(a).length === Object.keys(b).length &&
    (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]));

const sameMarks = (a: ParamSliderProps['marks'], b: ParamSliderProps['marks']) =>
  a === b ||
  (!!a &&
    !!b &&
    a.length === b.length &&
    a.every((m, i) => m.value === b[i].value && m.label === b[i].label));

const SliderView = memo(
  function SliderView({ spec, value, onChange, hint, marks, label, testId }: ParamSliderProps) {
    const id = useId();
    const m = sliderMapping(spec);
    const test = testId ?? spec.key;
    const shown = `${formatValue(value, spec.integer)}${spec.unit ? ` ${spec.unit}` : ''}`;
    return (
      <div className="control slider" data-control={test}>
        <label htmlFor={id}>
          {label ?? spec.label} <output data-testid={`${test}-value`}>{shown}</output>
        </label>
        <input
          id={id}
          type="range"
          min={m.lo}
          max={m.hi}
          step={m.step}
          value={m.toPos(value)}
          data-testid={test}
          aria-valuetext={spokenValue(spec, value)}
          title={spec.help}
          onChange={(e) => onChange(m.fromPos(Number(e.target.value)))}
        />
        {marks && marks.length > 0 && (
          <div className="slider-marks" aria-hidden="true">
            {marks.map((k) => (
              <span
                key={k.label}
                className="slider-mark"
                style={{ left: `${(100 * (m.toPos(k.value) - m.lo)) / (m.hi - m.lo)}%` }}
              >
                {k.label}
              </span>
            ))}
          </div>
        )}
        {hint && <div className="hint">{hint}</div>}
      </div>
    );
  },
  (a, b) =>
    a.value === b.value &&
    a.onChange === b.onChange &&
    a.hint === b.hint &&
    a.label === b.label &&
    a.testId === b.testId &&
    sameSpec(a.spec, b.spec) &&
    sameMarks(a.marks, b.marks),
);
