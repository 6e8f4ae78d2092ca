import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GREY, OKABE_ITO, PALETTE_VARS, paletteCss, TONE, withAlpha } from './palette';

/** Every .css file under src/, with its text. */
function cssFiles(): { path: string; text: string }[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => {
      const path = join('src', f);
      return { path, text: readFileSync(path, 'utf8') };
    });
}

/** `text` with comments blanked out (newlines kept, so line numbers still hold). */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));

/** `value` without its var(…) references, fallbacks included (they may name a literal). */
function withoutVars(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    out += value.slice(i, at);
    let depth = 0;
    let j = at + 3;
    do {
      if (value[j] === '(') depth++;
      else if (value[j] === ')') depth--;
      j++;
    } while (depth > 0 && j < value.length);
    i = j;
  }
  return out;
}

const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgb|hsl)a?\(|\b(?:white|black|red|green|blue|gray|grey|orange|yellow|purple|silver)\b/i;

/** `file:line: declaration` for every declaration whose value spells out a colour. */
function colourLiterals(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const css = withoutComments(text);
    // A declaration ends in ; or }; a selector (a:hover {) ends in { and never matches.
    for (const m of css.matchAll(/([-\w]+)\s*:\s*([^;{}]*)(?=[;}])/g)) {
      if (!COLOUR_LITERAL.test(withoutVars(m[2]))) continue;
      const line = css.slice(0, m.index + m[0].length).split('\n').length;
      found.push(`${path}:${line}: ${m[1]}: ${m[2].trim()}`);
    }
  }
  return found;
}

/** Relative luminance (WCAG 2) of a hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = withAlpha(hex, 1)
    .slice(5, -1)
    .split(',')
    .slice(0, 3)
    .map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('palette', () => {
  it('paletteCss() defines one custom property per colour, --cl-<kebab-case name>', () => {
    const css = paletteCss();
    // One rule of plain declarations: nothing that could end the <style> it goes into.
    expect(css).toMatch(/^:root\{(--cl-[a-z-]+:[^;{}<>]+;)+\}$/);
    expect(paletteCss(':host')).toBe(css.replace(':root', ':host'));
    const groups = [OKABE_ITO, GREY, TONE];
    const count = groups.reduce((n, g) => n + Object.keys(g).length, 0);
    expect(Object.keys(PALETTE_VARS)).toHaveLength(count); // no two names collide
    expect(css).toContain('--cl-blue:#0072B2;');
    expect(css).toContain('--cl-sky-blue:#56B4E9;');
    expect(css).toContain('--cl-plot-text:#222;');
  });

  it('withAlpha spells a palette colour as rgba()', () => {
    expect(withAlpha(OKABE_ITO.blue, 0.12)).toBe('rgba(0, 114, 178, 0.12)');
    expect(withAlpha(GREY.frame, 0.5)).toBe('rgba(51, 51, 51, 0.5)');
  });

  it('text colours have a contrast of at least 4.5:1 on the backgrounds they are used on', () => {
    const pairs: [string, string, string][] = [
      ...(['ink', 'plotText', 'frame', 'tag', 'muted', 'mutedLine'] as const).map(
        (k) => [`GREY.${k} on white`, GREY[k], GREY.white] as [string, string, string],
      ),
      ...(['ok', 'bad', 'warnText'] as const).map(
        (k) => [`TONE.${k} on white`, TONE[k], GREY.white] as [string, string, string],
      ),
      ['links (blue) on white', OKABE_ITO.blue, GREY.white],
      ['links (blue) on the top bar', OKABE_ITO.blue, GREY.panel],
      ['muted on the top bar', GREY.muted, GREY.panel],
      ['warning text on its tint', TONE.warnText, TONE.warnTint],
      ['ink on the info tint', GREY.ink, TONE.infoTint],
      ['ink on the error tint', GREY.ink, TONE.errorTint],
      ['white on blue (pressed buttons)', GREY.white, OKABE_ITO.blue],
      ['white on black (presenter hint)', GREY.white, OKABE_ITO.black],
    ];
    const low = pairs
      .map(([what, fg, bg]) => [what, contrast(fg, bg)] as const)
      .filter(([, c]) => c < 4.5)
      .map(([what, c]) => `${what}: ${c.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });
});

describe('stylesheets under src/', () => {
  const files = cssFiles();

  it('exist (the scan below sees them)', () => {
    expect(files.map((f) => f.path)).toContain(join('src', 'app', 'styles.css'));
  });

  it('spell out no colour: they use var(--cl-…) from palette.ts', () => {
    expect(colourLiterals(files)).toEqual([]);
  });

  it('use only custom properties that paletteCss() defines, and define none of their own', () => {
    const defined = new Set([...paletteCss().matchAll(/(--cl-[\w-]+):/g)].map((m) => m[1]));
    const problems: string[] = [];
    for (const { path, text } of files) {
      withoutComments(text)
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(/var\(\s*(--cl-[\w-]+)/g))
            if (!defined.has(m[1])) problems.push(`${path}:${i + 1}: ${m[1]} is not defined`);
          for (const m of line.matchAll(/(--cl-[\w-]+)\s*:/g))
            problems.push(`${path}:${i + 1}: ${m[1]} is defined here, not in palette.ts`);
        });
    }
    expect(problems).toEqual([]);
  });

  it('the scan finds literals where they are, with file and line', () => {
    const css = `a {\n  color: #123;\n  border: 1px solid var(--cl-rule, #ddd);\n}\n/* #fff */\n.b:hover {\n  background: rgba(0, 0, 0, 0.3);\n  white-space: nowrap;\n  fill: white;\n}`;
    expect(colourLiterals([{ path: 'x.css', text: css }])).toEqual([
      'x.css:2: color: #123',
      'x.css:7: background: rgba(0, 0, 0, 0.3)',
      'x.css:9: fill: white',
    ]);
  });
});
