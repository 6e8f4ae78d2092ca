/* global document -- used inside page.waitForFunction, which runs in the browser */
// Takes screenshots of every panel for a human to look at: `node scripts/screenshots.mjs [outdir]`.
// Expects a preview server (npm run build && npm run preview) on 127.0.0.1:4173 (or BASE_URL);
// SCENES (comma-separated hashes), WIDTH and WAIT (ms after load) are optional.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'test-results/screens';
mkdirSync(out, { recursive: true });
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(exe) ? exe : undefined,
  args: ['--disable-gpu'],
});
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const scenes = (process.env.SCENES ?? '#/,#/newton,#/damping').split(',');
const width = Number(process.env.WIDTH ?? 1280);
const wait = Number(process.env.WAIT ?? 800);
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.error('console:', m.text());
});
page.on('pageerror', (e) => console.error('pageerror:', e.message));
for (const [i, s] of scenes.entries()) {
  await page.goto(base + s);
  // Jobs still running show “Computing…”: wait for them (up to 30 s on a loaded machine).
  await page
    .waitForFunction(() => !document.body.innerText.includes('Computing'), null, {
      timeout: 30_000,
    })
    .catch(() => console.error(`${s}: still computing after 30 s`));
  await page.waitForTimeout(wait);
  const name = `${out}/${String(i).padStart(2, '0')}-${s.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close();
