/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// `base: './'` makes the static build work from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after the first visit: lecture-hall networks fail. The registration is a file
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
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: process.env.NO_MINIFY ? false : true,
    rollupOptions: {
      // Two entries: the app, and embed.js (the <curvature-lab> element) at the site root.
      input: { main: 'index.html', embed: 'src/embed/embed.ts' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
