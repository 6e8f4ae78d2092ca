// Shared by the browser parts of `npm run bench`: Chromium as the tests use it, and the built site
// served the way static hosts serve it (scripts/serve-static.mjs: no isolation headers).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../serve-static.mjs';

/** Debian's Chromium where it exists (CHROMIUM_PATH overrides), else Playwright's own. */
export function launchChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(exe) ? exe : undefined,
    args: ['--disable-gpu'],
  });
}

/** Serves `root` on a free port; resolves with its base URL and a stop function. */
export async function serveBuild(root) {
  const server = await startStaticServer({ root });
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((r) => server.close(r)),
  };
}

/** Runs `main(browser, base)` for a script run alone: `node script.mjs [base URL]`. */
export async function runAlone(main) {
  const browser = await launchChromium();
  try {
    await main(browser, process.argv[2] ?? 'http://127.0.0.1:4173/');
  } finally {
    await browser.close();
  }
}
