/**
 * The parameter tables of docs/panels/*.md, generated from the declarations so the docs cannot
 * drift from what the URL accepts (a unit test compares the committed files with this output).
 */
import type { ParamSpec } from './spec';

const num = (v: number) => String(v);

/** The accepted values of one parameter, as the URL codec checks them. */
export function rangeText(s: ParamSpec): string {
  switch (s.kind) {
    case 'number': {
      const kind = s.integer ? 'integer' : 'number';
      const zero = s.zero !== undefined ? `, or 0 (${s.zero})` : '';
      const scale = s.scale === 'log' ? ', log scale' : '';
      const unit = s.unit ? ` ${s.unit}` : '';
      return `${kind} ${num(s.min)} … ${num(s.max)}${unit}${zero}${scale}`;
    }
    case 'enum':
      return `one of ${s.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'list':
      return `comma list of ${s.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'vec2':
      return `point \`x,y\`, each ${num(s.min)} … ${num(s.max)}`;
    case 'text':
      return `text, ≤ ${s.maxLength} characters`;
    case 'box':
      return `\`xmin,xmax,ymin,ymax\` within ±${num(s.limit)}, or empty (automatic)`;
  }
}

export function defaultText(s: ParamSpec): string {
  const d = s.default;
  if (d === null) return 'automatic';
  if (Array.isArray(d)) return d.length === 0 ? '(none)' : `\`${d.join(',')}\``;
  if (d === '') return '(empty)';
  return `\`${String(d)}\``;
}

/** Escapes what would break a Markdown table cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table: key, label, accepted values, default, meaning. */
export function paramTable(specs: readonly ParamSpec[]): string {
  const rows = specs.map(
    (s) =>
      `| \`${s.key}\` | ${cell(s.label)} | ${cell(rangeText(s))} | ${cell(defaultText(s))} | ${cell(s.help)} |`,
  );
  return [
    '| key | control | accepted values | default | meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const TABLE_BEGIN = '<!-- params:begin (generated from the declarations; do not edit) -->';
export const TABLE_END = '<!-- params:end -->';

/** Replaces the generated block of a Markdown document (between the markers) with `table`. */
export function withTable(doc: string, table: string): string {
  const a = doc.indexOf(TABLE_BEGIN);
  const b = doc.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error('the document has no generated parameter block');
  return `${doc.slice(0, a + TABLE_BEGIN.length)}\n${table}\n${doc.slice(b)}`;
}
