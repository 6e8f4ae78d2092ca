/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { formulaPlugin } from './scripts/formulaPlugin';

/**
 * `vite build --mode file` (npm run build:file): a build that opens straight from the file
 * system. Browsers refuse module scripts and workers from file://, so this build is one classic
 * script (mathjs included) and the engine falls back to computing on the page's thread.
 */
function classicScript(): Plugin {
  return {
    name: 'curvlab-classic-script',
    enforce: 'post',
    transformIndexHtml: (html) =>
      html
        .replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          '<script defer src="$1"></script>',
        )
        .replace(/<link rel="modulepreload"[^>]*>/g, '')
        .replace(/ crossorigin/g, ''),
  };
}

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf; every browser the app supports takes
 * woff2, so the other two are dropped from the `src:` lists — neither built nor precached.
 */
function katexWoff2Only(): Plugin {
  return {
    name: 'curvlab-katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id)) return null;
      const woff2 = code.replace(
        /,\s*url\([^)]*\.woff\) format\("woff"\)|,\s*url\([^)]*\.ttf\) format\("truetype"\)/g,
        '',
      );
      return { code: woff2, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const fileMode = mode === 'file';
  return {
    // Relative paths: the static build works from any sub-path of a static host.
    base: './',
    plugins: [
      react(),
      katexWoff2Only(),
      formulaPlugin(),
      fileMode
        ? classicScript()
        : // Offline use (src/sw.ts): what a page used is kept, the whole site once the app itself
          // is opened. Registered by src/app/offline.ts (a file: `script-src 'self'` holds).
          VitePWA({
            strategies: 'injectManifest',
            srcDir: 'src',
            filename: 'sw.ts',
            injectRegister: false,
            includeAssets: ['favicon.svg'],
            manifest: {
              name: 'Curvature Lab',
              short_name: 'Curvature Lab',
              description: 'Interactive figures for second-order optimization of neural networks',
              theme_color: '#0072b2',
              background_color: '#ffffff',
              display: 'standalone',
              icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
            },
            injectManifest: {
              globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
              maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
            },
          }),
    ],
    // No special headers in development or preview: the app needs none, so both serve it as
    // static hosts do (docs/deploying.md).
    worker: { format: fileMode ? 'iife' : 'es' },
    build: fileMode
      ? {
          target: 'es2022',
          outDir: 'dist-file',
          rollupOptions: {
            input: 'index.html',
            output: { format: 'iife', inlineDynamicImports: true, entryFileNames: 'assets/app.js' },
          },
        }
      : {
          target: 'es2022',
          sourcemap: true,
          minify: process.env.NO_MINIFY ? false : true,
          rollupOptions: {
            // Entries: the app, embed.js (the <curvature-lab> element) at the site root, and the
            // example reveal.js deck (reveal.js is bundled only into that page).
            input: {
              main: 'index.html',
              embed: 'src/embed/embed.ts',
              slides: 'slides-example.html',
            },
            // The app's own modules do their work when called, not when imported (stylesheets
            // aside): a module only re-exported by a barrel the page imports for one constant is
            // then left out of the page's chunks instead of riding along with them.
            // Packages keep their own declaration (package.json `sideEffects`).
            treeshake: {
              moduleSideEffects: (id: string) =>
                /\.css$/.test(id) ? true : id.includes('node_modules') ? undefined : false,
            },
            output: {
              entryFileNames: (chunk) =>
                chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
            },
          },
        },
    test: {
      include: ['src/**/*.test.ts'],
      environment: 'node',
      // Numerical tests that take ~1 s alone must not time out on a loaded 2-core CI machine.
      testTimeout: 30_000,
    },
  };
});
