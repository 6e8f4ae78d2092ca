/**
 * Every colour of Curvature Lab, and the only place in src/ that spells one out (ESLint and
 * palette.test.ts hold that). Series colours are Okabe–Ito (distinguishable with every common
 * colour-vision deficiency), each method also carrying its own dash pattern and marker so colour
 * is never the only cue. Text colours keep a contrast of at least 4.5:1 on white.
 *
 * TypeScript reads the values here directly (SVG attributes, canvas, exported SVG/PNG figures
 * need literal colours); CSS reads them as custom properties `--cl-<kebab-case name>`, which
 * `paletteCss()` defines and the app entry (src/main.tsx) and the <curvature-lab> element
 * (src/embed/embed.ts) inject as a <style>.
 */
import type { MethodId } from '../core/types';

/** The Okabe–Ito colours the figures use (its yellow is too light on white). */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  /** “Bluish green”. */
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  /** “Reddish purple”. */
  purple: '#CC79A7',
} as const;

/** Neutrals, darkest first, named by what they are for. */
export const GREY = {
  /** Body text (18.9:1 on white); dark numbers on light heatmap cells. */
  ink: '#111',
  /** Text inside figures (15.9:1). */
  plotText: '#222',
  /** Plot frames and axes; figure captions (12.6:1). */
  frame: '#333',
  /** Secondary figure text (tags), heatmap outlines, dashed guides (9.7:1). */
  tag: '#444',
  /** Secondary text (hints, slide names) and grey markers (7.5:1). */
  muted: '#555',
  /** Reference lines and points; fine borders (5.3:1). */
  mutedLine: '#6b6b6b',
  /** Control borders, dashed reference levels (not for text). */
  border: '#888',
  /** Light lines (zero axes, slope guides, ν bars) and NaN heatmap cells. */
  light: '#999',
  /** Hairlines between page regions. */
  rule: '#d0d4da',
  /** Grid lines inside charts. */
  grid: '#ddd',
  /** Top bar background. */
  panel: '#f6f7f9',
  /** Chart background. */
  plotBg: '#fafafa',
  /** Page background, halos around lines and markers, text on dark fills. */
  white: '#fff',
} as const;

/** States and notes: text colours keep ≥ 4.5:1 on white and on their tint. */
export const TONE = {
  /** Converged, in range (6.6:1). */
  ok: '#006b4f',
  /** Diverged, errors in text (5.9:1). */
  bad: '#b03a00',
  /** The border of an invalid matrix cell. */
  invalid: '#b00',
  /** Warning text, on white or on warnTint (7.0:1). */
  warnText: '#7a5200',
  warnTint: '#fff6e0',
  warnBorder: '#d9a400',
  /** The background of a caveat box. */
  noteTint: '#fff8e8',
  /** Info notices, hovered buttons, a highlighted region of a plot. */
  infoTint: '#eef5fb',
  infoBorder: '#7fb5dd',
  /** The dashed edge of a highlighted region. */
  infoLine: '#99bbbb',
  errorTint: '#fdecea',
  errorBorder: '#c0392b',
  /** Behind a modal dialog. */
  backdrop: 'rgba(0, 0, 0, 0.35)',
} as const;

/** A hex colour (`#rgb` or `#rrggbb`) as [r, g, b], 0–255. */
export function hexRgb(color: string): [number, number, number] {
  let h = color.replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return [r, g, b];
}

/** `color` (a hex colour from this module) with opacity `alpha`, as `rgba(…)`. */
export function withAlpha(color: string, alpha: number): string {
  const [r, g, b] = hexRgb(color);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every colour above by its CSS custom property name: `--cl-blue`, `--cl-plot-text`, … */
export const PALETTE_VARS: Readonly<Record<string, string>> = Object.fromEntries(
  [OKABE_ITO, GREY, TONE].flatMap((group) =>
    Object.entries(group).map(([name, value]) => [`--cl-${kebab(name)}`, value]),
  ),
);

/** A CSS rule defining the palette's custom properties on `selector` (`:host` in a shadow root). */
export function paletteCss(selector = ':root'): string {
  const decls = Object.entries(PALETTE_VARS).map(([name, value]) => `${name}:${value};`);
  return `${selector}{${decls.join('')}}`;
}

export const METHOD_STYLE: Record<
  MethodId,
  {
    color: string;
    dash: string;
    label: string;
    marker: 'circle' | 'square' | 'diamond' | 'triangle';
  }
> = {
  gd: { color: OKABE_ITO.black, dash: '6 4', label: 'Gradient descent', marker: 'circle' },
  newton: { color: OKABE_ITO.vermillion, dash: '', label: 'Newton', marker: 'square' },
  'damped-newton': {
    color: OKABE_ITO.blue,
    dash: '',
    label: 'Damped Newton',
    marker: 'diamond',
  },
  'pd-newton': {
    color: OKABE_ITO.purple,
    dash: '2 3',
    label: 'PD-curvature Newton',
    marker: 'triangle',
  },
};

export const ACCENT = {
  taylor: OKABE_ITO.green,
  threshold: OKABE_ITO.orange,
  start: OKABE_ITO.black,
  muted: GREY.mutedLine,
};

/*
 * The two ColorBrewer ramps the figures use (Cynthia Brewer, colorbrewer2.org), interpolated as
 * d3-scale-chromatic does: a uniform B-spline through the largest scheme's colours per RGB channel
 * (d3-interpolate's interpolateRgbBasis), written as `rgb(r, g, b)`. Declared here rather than
 * imported: d3-scale-chromatic builds all of its ~40 ramps when loaded, and d3-interpolate's
 * colour spaces bring d3-color — ~8 KB compressed on every panel's page for two ramps.
 * palette.test.ts checks them against d3-scale-chromatic.
 */

/** The uniform cubic B-spline basis on four control values (d3-interpolate's `basis`). */
function basis(t1: number, v0: number, v1: number, v2: number, v3: number): number {
  const t2 = t1 * t1;
  const t3 = t2 * t1;
  return (
    ((1 - 3 * t1 + 3 * t2 - t3) * v0 +
      (4 - 6 * t2 + 3 * t3) * v1 +
      (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 +
      t3 * v3) /
    6
  );
}

/** t ∈ [0, 1] ↦ the spline through `values` (clamped to the ends). */
function spline(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    let i: number;
    if (t <= 0) i = t = 0;
    else if (t >= 1) {
      t = 1;
      i = n - 1;
    } else i = Math.floor(t * n);
    const v1 = values[i];
    const v2 = values[i + 1];
    const v0 = i > 0 ? values[i - 1] : 2 * v1 - v2;
    const v3 = i < n - 1 ? values[i + 2] : 2 * v2 - v1;
    return basis((t - i / n) * n, v0, v1, v2, v3);
  };
}

const channel = (x: number) => Math.max(0, Math.min(255, Math.round(x) || 0));

function rgbBasis(hex: string): (t: number) => string {
  const colours = hex.match(/.{6}/g)!.map((c) => parseInt(c, 16));
  const [r, g, b] = [16, 8, 0].map((shift) => spline(colours.map((c) => (c >> shift) & 255)));
  return (t) => `rgb(${channel(r(t))}, ${channel(g(t))}, ${channel(b(t))})`;
}

/** Sequential yellow–green–blue (light for low values): filled contour bands. */
export const interpolateYlGnBu = /* @__PURE__ */ rgbBasis(
  'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58',
);

/** Diverging red–white–blue: signed matrix entries (0 red, ½ white, 1 blue). */
export const interpolateRdBu = /* @__PURE__ */ rgbBasis(
  '67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061',
);
