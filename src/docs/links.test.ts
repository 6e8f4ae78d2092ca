/**
 * The docs stay navigable: every relative link in the repository's Markdown (README.md, docs/**,
 * any other tracked *.md) names a file that exists, and a `#section` names a heading of that file;
 * every `docs/….md` a source comment cites exists too (with its section, if one is given).
 * Web addresses are not fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/**
 * Docs being written on another branch that others already link to: tolerated while missing;
 * once they exist their links are checked like any other. None now.
 */
const PENDING = new Set<string>();

const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'dist-file',
  'playwright-report',
  'test-results',
  'bench-results',
]);

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) return [];
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p, keep);
    return keep(name) ? [p] : [];
  });
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (repeats get -1, -2, … as on GitHub). */
function anchors(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(readFileSync(file, 'utf8')).split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Fenced code blocks blanked out (line numbers kept): a `#` there is no heading. */
function withoutFences(md: string): string {
  return md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (b) => b.replace(/[^\n]/g, ' '));
}

/** Code blanked out as well: links inside code are examples, not links. */
function withoutCode(md: string): string {
  return withoutFences(md).replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

interface Link {
  from: string;
  line: number;
  target: string;
}

function markdownLinks(file: string): Link[] {
  const text = withoutCode(readFileSync(file, 'utf8'));
  const out: Link[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      out.push({ from: file, line: i + 1, target: m[1] });
    }
  });
  return out;
}

/** Why a local link is broken, or null. `base` is the directory relative links start from. */
function problem(base: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:, …
  const [path, hash] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? null : resolve(base, decodeURIComponent(path));
  if (file !== null) {
    const rel = relative(ROOT, file);
    if (rel.startsWith('..')) return `${target} leaves the repository`;
    if (!existsSync(file)) return PENDING.has(rel) ? null : `${rel} does not exist`;
  }
  if (hash === undefined || hash === '') return null;
  if (file === null || !file.endsWith('.md')) return null;
  return anchors(file).has(hash) ? null : `${relative(ROOT, file)} has no heading #${hash}`;
}

const MARKDOWN = walk(ROOT, (n) => n.endsWith('.md'));

describe('Markdown links', () => {
  it('finds the README and the docs', () => {
    const rel = MARKDOWN.map((f) => relative(ROOT, f));
    expect(rel).toContain('README.md');
    expect(rel).toContain(join('docs', 'README.md'));
  });

  it.each(MARKDOWN.map((f) => [relative(ROOT, f), f] as const))(
    '%s links only to files and headings that exist',
    (_, file) => {
      const broken = markdownLinks(file).flatMap((l) => {
        // An anchor alone points into this same file.
        const target = l.target.startsWith('#') ? basename(file) + l.target : l.target;
        const why = problem(dirname(file), target);
        return why ? [`line ${l.line}: ${why}`] : [];
      });
      expect(broken).toEqual([]);
    },
  );
});

describe('docs cited in source comments', () => {
  it('name files and headings that exist', () => {
    const sources = ['src', 'scripts', 'e2e'].flatMap((d) =>
      walk(join(ROOT, d), (n) => /\.(ts|tsx|mjs|js)$/.test(n)),
    );
    const broken = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bdocs\/[\w./-]*?\.md(?:#[\w-]+)?/g)].flatMap(
        (m) => {
          const why = problem(ROOT, m[0]);
          return why ? [`${relative(ROOT, file)}: ${why}`] : [];
        },
      ),
    );
    expect(broken).toEqual([]);
  });
});
