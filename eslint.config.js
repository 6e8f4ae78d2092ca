import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Colour literals outside src/components/palette.ts (issue #15: colours from one module). */
const COLOUR_LITERALS = [
  'Literal[value=/#[0-9a-fA-F]{3,8}\\b/]',
  'TemplateElement[value.raw=/#[0-9a-fA-F]{3,8}\\b/]',
  'Literal[value=/\\b(rgb|hsl)a?\\(/]',
  'TemplateElement[value.raw=/\\b(rgb|hsl)a?\\(/]',
  'Literal[value=/^(white|black)$/]',
].map((selector) => ({
  selector,
  message:
    'Colours come from src/components/palette.ts (OKABE_ITO, GREY, TONE, withAlpha), not literals.',
}));

/** Files matching `files` may not import anything matching one of the `group` patterns. */
function boundary(files, group, message) {
  return {
    files: [files],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist-file',
      'dist',
      '.e2e-dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // No import cycles anywhere in the app (type-only imports are checked by src/importGraph.test.ts).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The boundary of the pure core holds by itself: no UI libraries, no DOM globals.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'd3-*',
                'katex',
                'mathjs',
                '**/worker/**',
                '**/state/**',
                '**/components/**',
                '**/panels/**',
                '**/app/**',
              ],
              message:
                'src/core is pure TypeScript: no UI libraries or imports from outside src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'navigator', 'performance'],
    },
  },
  // Layer boundaries (issue #15): params ← state ← components ← panels ← app. Each layer may
  // only import the ones below it, so panel-agnostic parts stay reusable and testable alone.
  boundary(
    'src/params/**/*.{ts,tsx}',
    [
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      'zustand',
      'zustand/*',
      '**/state/**',
      '**/panels/**',
      '**/app/**',
      '**/components/**',
    ],
    'src/params holds React-free parameter declarations and the URL codec: it imports nothing from state, components, panels or app.',
  ),
  boundary(
    'src/state/**/*.{ts,tsx}',
    ['**/panels/**', '**/app/**', '**/components/**'],
    'src/state is panel-agnostic: it gets panel schemas through the lookup passed to startUrlSync, never by importing panels, components or the app shell.',
  ),
  boundary(
    'src/components/**/*.{ts,tsx}',
    ['**/state/**', '**/panels/**', '**/app/**', '**/worker/**'],
    'src/components are panel-agnostic visual parts: data comes in as props, not from the store, the engine, a panel or the app shell.',
  ),
  {
    // Colours come from one module (issue #15): src/components/palette.ts, which CSS reads as
    // var(--cl-…). Anywhere else a colour literal is an error.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/palette.ts', 'src/components/palette.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...COLOUR_LITERALS],
    },
  },
  {
    // The core keeps no state between calls: a cache is a Memo its caller passes in (core/memo.ts).
    // Module-level let/var and module-level mutable containers are where hidden state would live;
    // constant tables (`as const`, Object.freeze, a literal with entries) are fine.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      // Flat config replaces a rule's options per block: the colour rule is repeated here.
      'no-restricted-syntax': [
        'error',
        ...COLOUR_LITERALS,
        {
          selector:
            ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration[kind=/^(let|var)$/]',
          message: 'No module-level let/var in src/core: pass state in (a Memo for caches).',
        },
        {
          selector:
            ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator > :matches(NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet|Array)$/], ArrayExpression[elements.length=0], ObjectExpression[properties.length=0]).init',
          message:
            'No module-level mutable container in src/core: pass state in (a Memo for caches).',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
