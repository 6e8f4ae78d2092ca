import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

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
  {
    // The core keeps no state between calls: a cache is a Memo its caller passes in (core/memo.ts).
    // Module-level let/var and module-level mutable containers are where hidden state would live;
    // constant tables (`as const`, Object.freeze, a literal with entries) are fine.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
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
