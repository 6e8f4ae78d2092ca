import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (CI, machines without Playwright's browser download);
// otherwise Playwright's own Chromium from `npx playwright install chromium`.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Generous: CI shares 2 cores between the build, the browser and two test workers.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: { executablePath, args: ['--disable-gpu'] },
      },
    },
  ],
  webServer: {
    // The production build, served as static hosts serve it (scripts/serve-static.mjs: no
    // cross-origin isolation headers, `Access-Control-Allow-Origin: *` like GitHub Pages), so the
    // tests see what students get. A build folder per port: several runs never collide.
    command: `npx vite build --logLevel warn --outDir .e2e-dist/${PORT} && node scripts/serve-static.mjs .e2e-dist/${PORT} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
