/**
 * Formulas typeset at build time, with live numbers filled in on the page (no KaTeX download for
 * the panels whose formulas are all known): a formula's *shape* is its TeX with each number
 * replaced by a slot. The build (formulaTables.ts) typesets each known shape once with KaTeX and
 * keeps the HTML around the slots, and the HTML KaTeX gives each kind of number; here the page
 * joins the pieces. The build checks every slot against KaTeX's own output, and a unit test
 * checks whole formulas, so the result is KaTeX's markup for that TeX, character for character.
 */

/** The kinds of number texNum writes: plain, ±, a×10^{b} by the signs of a and b, ±∞, NaN. */
export const FORMATS = ['p', 'n', 'x++', 'x+-', 'x-+', 'x--', 'inf', '-inf', 'nan'] as const;
export type Format = (typeof FORMATS)[number];

/** A representative of each format; its digits 2.5 and 7 mark where a number's digits go. */
export const SAMPLE: Record<Format, string> = {
  p: '2.5',
  n: '-2.5',
  'x++': String.raw`2.5\times10^{7}`,
  'x+-': String.raw`2.5\times10^{-7}`,
  'x-+': String.raw`-2.5\times10^{7}`,
  'x--': String.raw`-2.5\times10^{-7}`,
  inf: String.raw`\infty`,
  '-inf': String.raw`-\infty`,
  nan: String.raw`\text{NaN}`,
};
export const MANTISSA = '2.5';
export const EXPONENT = '7';
/** Placeholders for the digits in a number's HTML template. */
export const M = '\u0001m\u0001';
export const E = '\u0001e\u0001';

export interface NumberToken {
  format: Format;
  /** Digits of the mantissa (or the whole plain number), without sign. */
  m: string;
  /** Digits of the exponent, without sign. */
  e: string;
}

export const SLOT = '\\slot';

/** KaTeX's options, the same at build time and on the page (Formula.tsx). */
export const KATEX_OPTIONS = { throwOnError: false, output: 'html' } as const;

export interface ShapeEntry {
  /** The HTML between the slots (one more piece than slots). */
  pieces: string[];
  /** Which slot (the TeX's number index) follows each piece. */
  order: number[];
  /** Per slot, the number template for each format KaTeX sets there as it does alone. */
  slots: Partial<Record<Format, string>>[];
}

export interface FormulaTables {
  /** `D`/`T` (display or inline) + TeX → HTML. */
  exact: Record<string, string>;
  /** `D`/`T` + shape → pieces and slots. */
  shapes: Record<string, ShapeEntry>;
  /** `context:format` → a number's HTML with the digit placeholders M and E. */
  numbers: Record<string, string>;
}

export const EMPTY_TABLES: FormulaTables = { exact: {}, shapes: {}, numbers: {} };
const DIGITS = /^\d+(?:\.\d+)?/;
const EXP = /^\\times10\^\{(-?)(\d+)\}/;

/** Whether a `-` at `i` would be a sign (KaTeX sets it as unary there), not a binary minus. */
function signAllowed(tex: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tex[j] === ' ') j--;
  if (j < 0) return true;
  if ('{&(=,'.includes(tex[j])) return true;
  if (/\\begin\{[a-zA-Z*]+\}$/.test(tex.slice(0, j + 1))) return true; // a matrix's first cell
  return tex[j] === '\\' && tex[j - 1] === '\\'; // after a row break \\
}

/** Reads the number starting at `i` (sign included), or null. */
function numberAt(tex: string, i: number): { token: NumberToken; end: number } | null {
  if (tex.startsWith(String.raw`\text{NaN}`, i))
    return { token: { format: 'nan', m: '', e: '' }, end: i + 10 };
  const neg = tex[i] === '-' && signAllowed(tex, i);
  const at = neg ? i + 1 : i;
  if (tex.startsWith(String.raw`\infty`, at) && !/[a-zA-Z]/.test(tex[at + 6] ?? ''))
    return { token: { format: neg ? '-inf' : 'inf', m: '', e: '' }, end: at + 6 };
  const d = DIGITS.exec(tex.slice(at));
  if (!d || (!neg && i > 0 && /[\d.]/.test(tex[i - 1]))) return null;
  // `x^2`: a digit taken by ^ or _ without braces stays as written (a slot needs braces there).
  if (tex[i - 1] === '^' || tex[i - 1] === '_') return null;
  let end = at + d[0].length;
  const x = EXP.exec(tex.slice(end));
  let token: NumberToken;
  if (x) {
    end += x[0].length;
    token = { format: `x${neg ? '-' : '+'}${x[1] ? '-' : '+'}` as Format, m: d[0], e: x[2] };
  } else {
    token = { format: neg ? 'n' : 'p', m: d[0], e: '' };
  }
  // A digit carrying a superscript or subscript is set apart by KaTeX: not a slot.
  if (tex[end] === '^' || tex[end] === '_') return null;
  return { token, end };
}

/** The formula's shape (numbers replaced by \slot) and its numbers, in order. */
export function shapeOf(tex: string): { shape: string; numbers: NumberToken[] } {
  let shape = '';
  const numbers: NumberToken[] = [];
  let i = 0;
  while (i < tex.length) {
    const n = tex[i] === '-' || tex[i] === '\\' || /\d/.test(tex[i]) ? numberAt(tex, i) : null;
    if (n) {
      shape += `${SLOT}{}`;
      numbers.push(n.token);
      i = n.end;
    } else if (tex[i] === '\\') {
      // A whole command name at once, so \times10 or \infty inside names are never split.
      const cmd = /^\\(?:[a-zA-Z]+|.)/.exec(tex.slice(i))![0];
      shape += cmd;
      i += cmd.length;
    } else {
      shape += tex[i++];
    }
  }
  return { shape, numbers };
}

/** A number's HTML from its format's template. */
export function numberHtml(template: string, t: NumberToken): string {
  return template.replace(M, t.m).replace(E, t.e);
}

/**
 * The typeset formula from its shape's pieces; null when a number's format was not checked for
 * its slot at build time (the page then lets KaTeX typeset the formula).
 */
export function fillShape(
  entry: ShapeEntry,
  numbers: readonly NumberToken[],
  templates: Readonly<Record<string, string>>,
): string | null {
  const { pieces, order, slots } = entry;
  if (numbers.length !== slots.length || order.length !== slots.length) return null;
  let html = pieces[0];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const t = numbers[i];
    const key = slots[i][t.format];
    const template = key === undefined ? undefined : templates[key];
    if (template === undefined) return null;
    html += numberHtml(template, t) + pieces[k + 1];
  }
  return html;
}

/** The formula typeset at build time (as given, or its shape filled in), or null. */
export function typesetFromTables(t: FormulaTables, tex: string, display: boolean): string | null {
  const mode = display ? 'D' : 'T';
  const exact = t.exact[mode + tex];
  if (exact !== undefined) return exact;
  const { shape, numbers } = shapeOf(tex);
  const entry = numbers.length > 0 ? t.shapes[mode + shape] : undefined;
  return entry ? fillShape(entry, numbers, t.numbers) : null;
}
