/**
 * Build time only (vite.config.ts's formula plugin, and tests): typesets the formulas the panels
 * are known to show with KaTeX, so the page needs KaTeX's code only for formulas nobody listed
 * (typed objectives, the K-FAC and Pullback views' numeric formulas, …). See formulaShapes.ts.
 */
import katex from 'katex';
import {
  E,
  EXPONENT,
  FORMATS,
  KATEX_OPTIONS,
  M,
  MANTISSA,
  SAMPLE,
  SLOT,
  shapeOf,
  type Format,
  type FormulaTables,
} from './formulaShapes';

function render(tex: string, display: boolean, trust = false): string | null {
  try {
    // throwOnError here (the output is the same when there is no error): a formula KaTeX
    // cannot read is left to the page, which shows KaTeX's error rendering as it always did.
    return katex.renderToString(tex, {
      ...KATEX_OPTIONS,
      throwOnError: true,
      displayMode: display,
      trust,
      strict: 'ignore',
    });
  } catch {
    return null;
  }
}

/**
 * Splits `html` at the spans `\htmlData{s=i}{…}` made: the HTML around them, what is inside
 * them, and which slot each is — in the order of the HTML, which is not always the TeX's (a
 * matrix is laid out column by column).
 */
export function splitSlots(
  html: string,
): { pieces: string[]; inner: string[]; order: number[] } | null {
  const pieces: string[] = [];
  const inner: string[] = [];
  const order: number[] = [];
  // KaTeX adds `mtight` (and sizing classes) to the span in a superscript.
  const OPEN = /<span class="enclosing[^"]*" data-s="(\d+)">/;
  let rest = html;
  for (let open = OPEN.exec(rest); open; open = OPEN.exec(rest)) {
    pieces.push(rest.slice(0, open.index));
    order.push(Number(open[1]));
    let depth = 1;
    let j = open.index + open[0].length;
    while (depth > 0) {
      const nextOpen = rest.indexOf('<span', j);
      const nextClose = rest.indexOf('</span>', j);
      if (nextClose < 0) return null;
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++;
        j = nextOpen + 5;
      } else {
        depth--;
        j = nextClose + 7;
      }
    }
    // KaTeX puts the space after a slot's last atom inside the slot; it belongs to what follows.
    const content = rest.slice(open.index + open[0].length, j - 7);
    const glue = /(<span class="mspace"[^>]*><\/span>)+$/.exec(content)?.[0] ?? '';
    inner.push(content.slice(0, content.length - glue.length));
    rest = glue + rest.slice(j);
  }
  pieces.push(rest);
  return { pieces, inner, order };
}

/** The shape with every slot holding `fill(i)`, each marked so it can be found in the HTML. */
function withSlots(shape: string, fill: (i: number) => string): string {
  let i = 0;
  return shape.split(`${SLOT}{}`).reduce((a, b) => `${a}\\htmlData{s=${i}}{${fill(i++)}}${b}`);
}

/** Where a number can sit: at text or display size, or in a superscript. */
const CONTEXTS: [string, boolean, (n: string) => string][] = [
  ['text', false, (n) => `\\htmlData{s=0}{${n}}`],
  ['display', true, (n) => `\\htmlData{s=0}{${n}}`],
  ['script', false, (n) => `x^{\\htmlData{s=0}{${n}}}`],
];

/** A number's HTML template per context and format, from KaTeX. */
function numberTemplates(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [ctx, display, wrap] of CONTEXTS)
    for (const f of FORMATS) {
      const html = render(wrap(SAMPLE[f]), display, true);
      const inner = html && splitSlots(html)?.inner[0];
      if (!inner) continue;
      const t = inner.replace(MANTISSA, M).replace(`>${EXPONENT}<`, `>${E}<`);
      // The digits must sit in a span of their own, once each, or the template is unusable.
      const marks = t.split('\u0001').length - 1;
      if (marks === (f.startsWith('x') ? 4 : f === 'p' || f === 'n' ? 2 : 0))
        out[`${ctx}:${f}`] = t;
    }
  return out;
}

const sample = (t: string) => t.replace(M, MANTISSA).replace(E, EXPONENT);

/**
 * A shape's entry: its pieces and, per slot and format, the template that reproduces KaTeX's
 * output there — checked by typesetting the shape with that slot holding a number of that format
 * (the others plain) and comparing, so a slot where a number would change the layout around it is
 * simply not filled for that format. Null when the shape cannot be split.
 */
function shapeEntry(shape: string, display: boolean, numbers: Record<string, string>) {
  const n = shape.split(`${SLOT}{}`).length - 1;
  const typeset = (i: number, f: Format) =>
    render(
      withSlots(shape, (j) => SAMPLE[j === i ? f : 'p']),
      display,
      true,
    );
  const base = typeset(-1, 'p');
  const split = base && splitSlots(base);
  if (!split || split.inner.length !== n) return null;
  const same = (pieces: string[]) => pieces.join('\u0000') === split.pieces.join('\u0000');
  const slots = split.inner.map(() => ({}) as Partial<Record<Format, string>>);
  for (let i = 0; i < n; i++)
    for (const f of FORMATS) {
      const html = f === 'p' ? base : typeset(i, f);
      const s = html && splitSlots(html);
      if (!s || !same(s.pieces) || s.order.join() !== split.order.join()) continue;
      const inner = s.inner[s.order.indexOf(i)];
      const key = Object.keys(numbers).find(
        (k) => k.endsWith(`:${f}`) && sample(numbers[k]) === inner,
      );
      if (key) slots[i][f] = key;
    }
  return { pieces: split.pieces, order: split.order, slots };
}

/** The tables for these formulas: `exact` those without numbers, `shapes` the others. */
export function formulaTables(formulas: readonly { tex: string; display: boolean }[]) {
  const t: FormulaTables = { exact: {}, shapes: {}, numbers: numberTemplates() };
  for (const { tex, display } of formulas) {
    const { shape, numbers } = shapeOf(tex);
    const key = (display ? 'D' : 'T') + (numbers.length > 0 ? shape : tex);
    if (key in t.exact || key in t.shapes) continue;
    // A formula with numbers is kept as its shape only: filled with its own numbers, the shape
    // gives its exact HTML too.
    if (numbers.length === 0) {
      const html = render(tex, display);
      if (html) t.exact[key] = html;
    } else {
      const entry = shapeEntry(shape, display, t.numbers);
      if (entry) t.shapes[key] = entry;
    }
  }
  return t;
}
