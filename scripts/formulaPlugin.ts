/**
 * Vite plugin: the `virtual:curvlab-formulas` module, the formulas of the 2-D panels typeset at
 * build time (src/components/formulaShapes.ts), so those panels never download KaTeX's code
 * (≈ 70 KB compressed; half of an embedded panel's budget). Known are: every TeX string literal
 * in the folders below (found with the TypeScript parser; a template literal's substitutions are
 * taken for numbers), and the composed formulas of src/panels/formulaSamples.ts. The other panels
 * typeset live numbers in too many formulas to be worth it: they load KaTeX. In development and
 * tests the tables are empty: KaTeX typesets every formula on the page, with the same result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { runnerImport, type Plugin } from 'vite';

/** Same as formulaShapes.ts's MANTISSA: a template's holes hold this sample number. */
const MANTISSA = '2.5';

const ID = 'virtual:curvlab-formulas';
/** Where the 2-D panels' formulas are written. */
const SCAN = [
  'src/core/objectives',
  'src/core/precond',
  'src/panels/shared',
  'src/panels/newton',
  'src/panels/damping',
  'src/panels/preconditioning',
  'src/panels/invariance',
];
const TEX = /\\[a-zA-Z]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The string values in a file that look like TeX (a template's holes hold a sample number). */
export function texLiterals(file: string, text: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: string[] = [];
  const raw = (n: ts.Node) =>
    ts.isTaggedTemplateExpression(n.parent) && n.parent.tag.getText(sf) === 'String.raw';
  /** The string a literal (or a `+` of literals) evaluates to, template holes as a number. */
  const valueOf = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n)) return n.text;
    if (ts.isNoSubstitutionTemplateLiteral(n)) return raw(n) ? (n.rawText ?? n.text) : n.text;
    if (ts.isTemplateExpression(n)) {
      const r = raw(n);
      const part = (l: ts.TemplateLiteralLikeNode) => (r ? (l.rawText ?? l.text) : l.text);
      return part(n.head) + n.templateSpans.map((s) => MANTISSA + part(s.literal)).join('');
    }
    if (ts.isTaggedTemplateExpression(n)) return valueOf(n.template);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [a, b] = [valueOf(n.left), valueOf(n.right)];
      return a !== null && b !== null ? a + b : null;
    }
    return null;
  };
  const visit = (n: ts.Node) => {
    const value = valueOf(n);
    if (value !== null && TEX.test(value) && value.length < 2000) out.push(value);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export function formulaPlugin(): Plugin {
  let build = false;
  return {
    name: 'curvlab-formulas',
    configResolved(c) {
      build = c.command === 'build' && !process.env.VITEST;
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      if (!build) return `export default { exact: {}, shapes: {}, numbers: {} };`;
      // The app's own modules, loaded through Vite (they are TypeScript, with app-style imports).
      const load = async <T>(path: string) =>
        (await runnerImport<T>(path, { configFile: false, logLevel: 'warn' })).module;
      const { formulaTables } = await load<typeof import('../src/components/formulaTables')>(
        '/src/components/formulaTables.ts',
      );
      const { formulaSamples } = await load<typeof import('../src/panels/formulaSamples')>(
        '/src/panels/formulaSamples.ts',
      );
      const literals = SCAN.flatMap(sourceFiles).flatMap((f) =>
        texLiterals(f, readFileSync(f, 'utf8')),
      );
      const formulas = [
        ...formulaSamples(),
        // Written inline in the panels; the display formulas are all in formulaSamples.
        ...[...new Set(literals)].map((tex) => ({ tex, display: false })),
      ];
      return `export default ${JSON.stringify(formulaTables(formulas))};`;
    },
  };
}
