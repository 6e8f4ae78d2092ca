/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes the static build work from any sub-path and from file://.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, minify: process.env.NO_MINIFY ? false : true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
