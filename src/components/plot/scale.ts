/**
 * The few scales the figures use — linear, log (base 10) and band — with d3-scale's behaviour
 * (d3-scale 4, ISC licence: the same mapping, inverse, clamping, ticks, nice and band layout;
 * scale.test.ts checks them value for value against it). Written out because d3-scale's linear
 * scale interpolates any value type, which brings d3-interpolate, d3-color and d3-format along:
 * ~9 KB compressed on every panel's page for arithmetic on two numbers.
 *
 * Domains and ranges have two ends. As in d3, a NaN or missing input maps to `undefined`.
 */
import { ticks as arrayTicks, tickIncrement } from 'd3-array';

type Fn = (x: number) => number;

export interface ContinuousScale {
  (x: number): number;
  domain(): number[];
  domain(d: readonly number[]): this;
  range(): number[];
  range(r: readonly number[]): this;
  /** Inputs outside the domain map to the ends of the range (and inverts to the domain's). */
  clamp(on: boolean): this;
  invert(y: number): number;
  ticks(count?: number): number[];
}

export interface LinearScale extends ContinuousScale {
  /** Extends the domain to round tick values. */
  nice(count?: number): this;
}

/** (x − a)/(b − a); the middle for an empty domain. */
function normalize(a: number, b: number): Fn {
  const w = b - a;
  return w ? (x) => (x - a) / w : () => (Number.isNaN(w) ? NaN : 0.5);
}

/** Maps [d0, d1] onto [r0, r1] linearly (a descending domain reversed first, as d3 does). */
function bimap(d0: number, d1: number, r0: number, r1: number): Fn {
  const [n, a, b] = d1 < d0 ? [normalize(d1, d0), r1, r0] : [normalize(d0, d1), r0, r1];
  return (x) => {
    const t = n(x);
    return a * (1 - t) + b * t;
  };
}

function continuous<S extends ContinuousScale>(
  transform: () => [Fn, Fn],
  extend: (scale: S, domain: () => number[], set: (d: number[]) => void) => void,
): S {
  let domain = [0, 1];
  let range = [0, 1];
  let clamped = false;
  let output: Fn | null = null;
  let input: Fn | null = null;
  const clamp = (x: number) => {
    if (!clamped) return x;
    const [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
    return Math.max(a, Math.min(b, x));
  };
  const reset = () => {
    output = input = null;
  };
  const setDomain = (d: number[]) => {
    domain = d;
    reset();
  };
  const map = (x: number) => {
    if (x == null || Number.isNaN((x = +x))) return undefined;
    const [t] = transform();
    output ??= bimap(t(domain[0]), t(domain[1]), range[0], range[1]);
    return output(t(clamp(x)));
  };
  const scale: S = Object.assign(map, {
    invert(y: number) {
      const [t, u] = transform();
      input ??= bimap(range[0], range[1], t(domain[0]), t(domain[1]));
      return clamp(u(input(y)));
    },
    domain(d?: readonly number[]) {
      if (!d) return domain.slice();
      setDomain(Array.from(d, Number));
      return scale;
    },
    range(r?: readonly number[]) {
      if (!r) return range.slice();
      range = Array.from(r);
      reset();
      return scale;
    },
    clamp(on: boolean) {
      clamped = on;
      return scale;
    },
  }) as unknown as S;
  extend(scale, () => domain.slice(), setDomain);
  return scale;
}

const same: [Fn, Fn] = [(x) => x, (x) => x];

export function scaleLinear(): LinearScale {
  return continuous<LinearScale>(
    () => same,
    (scale, domain, setDomain) => {
      scale.ticks = (count = 10) => {
        const d = domain();
        return arrayTicks(d[0], d[d.length - 1], count);
      };
      // d3's: widen to multiples of the tick step until the step stops changing.
      scale.nice = (count = 10) => {
        const d = domain();
        let [i0, i1] = [0, d.length - 1];
        let [start, stop] = [d[i0], d[i1]];
        if (stop < start) [start, stop, i0, i1] = [stop, start, i1, i0];
        let prestep: number | undefined;
        for (let iter = 0; iter < 10; iter++) {
          const step = tickIncrement(start, stop, count);
          if (step === prestep) {
            d[i0] = start;
            d[i1] = stop;
            setDomain(d);
            return scale;
          } else if (step > 0) {
            start = Math.floor(start / step) * step;
            stop = Math.ceil(stop / step) * step;
          } else if (step < 0) {
            start = Math.ceil(start * step) / step;
            stop = Math.floor(stop * step) / step;
          } else break;
          prestep = step;
        }
        return scale;
      };
    },
  );
}

// Constant pairs: a scale is called once per drawn point, and must not allocate per call.
const LOG: [Fn, Fn] = [Math.log, Math.exp];
const LOG_NEGATIVE: [Fn, Fn] = [(x) => -Math.log(-x), (x) => -Math.exp(-x)];

const pow10 = (x: number) => (Number.isFinite(x) ? +`1e${x}` : x < 0 ? 0 : x);

/** A base-10 log scale (a negative domain is mirrored, as in d3). */
export function scaleLog(): ContinuousScale {
  let negative = false;
  const scale = continuous<ContinuousScale>(
    () => (negative ? LOG_NEGATIVE : LOG),
    (s, domain) => {
      s.ticks = (count = 10) => {
        const d = domain();
        const logs = negative ? (x: number) => -Math.log10(-x) : Math.log10;
        const pows = negative ? (x: number) => -pow10(-x) : pow10;
        let [u, v] = [d[0], d[d.length - 1]];
        const r = v < u;
        if (r) [u, v] = [v, u];
        let i = logs(u);
        let j = logs(v);
        let z: number[] = [];
        if (j - i < count) {
          i = Math.floor(i);
          j = Math.ceil(j);
          if (u > 0) {
            for (; i <= j; ++i)
              for (let k = 1; k < 10; ++k) {
                const t = i < 0 ? k / pows(-i) : k * pows(i);
                if (t < u) continue;
                if (t > v) break;
                z.push(t);
              }
          } else {
            for (; i <= j; ++i)
              for (let k = 9; k >= 1; --k) {
                const t = i > 0 ? k / pows(-i) : k * pows(i);
                if (t < u) continue;
                if (t > v) break;
                z.push(t);
              }
          }
          if (z.length * 2 < count) z = arrayTicks(u, v, count);
        } else {
          z = arrayTicks(i, j, Math.min(j - i, count)).map(pows);
        }
        return r ? z.reverse() : z;
      };
    },
  );
  const setDomain = scale.domain;
  scale.domain = ((d?: readonly number[]) => {
    if (!d) return setDomain();
    negative = Number(d[0]) < 0;
    return setDomain(d);
  }) as ContinuousScale['domain'];
  return scale.domain([1, 10]);
}

export interface BandScale {
  (name: string): number | undefined;
  domain(names: readonly string[]): BandScale;
  range(r: readonly [number, number]): BandScale;
  /** Inner and outer padding, as fractions of the step. */
  padding(p: number): BandScale;
  bandwidth(): number;
}

/** Equal bands for named categories, with d3's layout (centred, unrounded). */
export function scaleBand(): BandScale {
  let names: string[] = [];
  let index = new Map<string, number>();
  let [r0, r1] = [0, 1];
  let inner = 0;
  let outer = 0;
  let start = 0;
  let step = 1;
  let width = 1;
  const rescale = () => {
    const n = names.length;
    const reverse = r1 < r0;
    let lo = reverse ? r1 : r0;
    const hi = reverse ? r0 : r1;
    step = (hi - lo) / Math.max(1, n - inner + outer * 2);
    lo += (hi - lo - step * (n - inner)) * 0.5;
    width = step * (1 - inner);
    start = lo;
    return scale;
  };
  const scale = ((name: string) => {
    const i = index.get(name);
    if (i === undefined) return undefined;
    const reverse = r1 < r0;
    return start + step * (reverse ? names.length - 1 - i : i);
  }) as BandScale;
  scale.domain = (d) => {
    names = [];
    index = new Map();
    for (const name of d)
      if (!index.has(name)) {
        index.set(name, names.length);
        names.push(name);
      }
    return rescale();
  };
  scale.range = ([a, b]) => {
    [r0, r1] = [+a, +b];
    return rescale();
  };
  scale.padding = (p) => {
    outer = +p;
    inner = Math.min(1, outer);
    return rescale();
  };
  scale.bandwidth = () => width;
  return scale;
}
