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

/**
 * Serves `root` on a free port; resolves with its base URL, the bodies sent since the last
 * `sent.clear()` (path, bytes as sent, gzip included), and a stop function.
 */
export async function serveBuild(root) {
  const sent = [];
  const server = await startStaticServer({
    root,
    onSent: (path, bytes) => sent.push({ path, bytes }),
  });
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    sent: Object.assign(sent, { clear: () => sent.splice(0) }),
    stop: () => new Promise((r) => server.close(r)),
  };
}

/** For a script run alone: `node script.mjs <build folder>` serves it and runs `main`. */
export async function runAlone(main) {
  const site = await serveBuild(process.argv[2] ?? 'dist');
  const browser = await launchChromium();
  try {
    await main(browser, site);
  } finally {
    await browser.close();
    await site.stop();
  }
}
