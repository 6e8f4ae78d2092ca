/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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
 * Cross-origin isolation: with these two headers the page may use SharedArrayBuffer, which the
 * engine's synchronous lane needs to show a slider move's result in the same frame (see
 * src/worker/lane.ts). Hosts that cannot send them still work, one frame later.
 */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig(({ mode }) => {
  const fileMode = mode === 'file';
  return {
    // Relative paths: the static build works from any sub-path of a static host.
    base: './',
    plugins: [
      react(),
      fileMode
        ? classicScript()
        : // Offline after the first visit: lecture-hall networks fail. The registration is a file
          // (not an inline script) so the app still runs under `script-src 'self'`.
          VitePWA({
            registerType: 'autoUpdate',
            injectRegister: 'script',
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
            workbox: {
              globPatterns: ['**/*.{js,css,html,svg,woff2,woff,ttf,json}'],
              maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
              navigateFallback: 'index.html',
            },
          }),
    ],
    worker: { format: fileMode ? 'iife' : 'es' },
    server: { headers: ISOLATION_HEADERS },
    preview: { headers: ISOLATION_HEADERS },
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
