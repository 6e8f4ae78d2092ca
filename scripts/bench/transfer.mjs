// Bytes a cold visit transfers: for the landing page and for `#/embed/<id>` of every panel, the
// JavaScript (page, its worker if it starts one, the service worker's script) and everything else,
// as the server sent it (gzip), each in a fresh browser context (empty cache, no service worker).
// Used by `npm run bench`; runs alone against a server: node scripts/bench/transfer.mjs <base URL>.
import { pathToFileURL } from 'node:url';
import { runAlone } from './browser.mjs';

/** The panel ids, as the landing page links them. */
async function panelIds(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}#/`);
  const hrefs = await page
    .locator('.panel-cards a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.close();
  return hrefs.map((h) => h.replace(/^#\//, ''));
}

/** Waits until no request has been open for `quietMs`. */
async function networkQuiet(page, quietMs = 800, maxMs = 30_000) {
  const start = Date.now();
  for (;;) {
    const last = await page.evaluate(() => {
      const r = performance.getEntriesByType('resource');
      return Math.max(0, ...r.map((e) => e.responseEnd)) - performance.now();
    });
    if (-last >= quietMs || Date.now() - start > maxMs) return;
    await page.waitForTimeout(200);
  }
}

/** One cold visit: sums the encoded (on-the-wire) response body sizes by kind. */
export async function coldVisit(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const seen = [];
  context.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    if (!sizes) return;
    seen.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize });
  });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  await networkQuiet(page);
  // The service worker (if the page registers one) fetches in its own time: give it a moment.
  await page.waitForTimeout(1500);
  await context.close();
  const js = (u) => /\.m?js(\?|$)/.test(u);
  const sum = (xs) => xs.reduce((a, x) => a + x.bytes, 0);
  const jsReqs = seen.filter((s) => js(s.url));
  return {
    js: sum(jsReqs),
    worker: sum(jsReqs.filter((s) => /engine\.worker/.test(s.url))),
    sw: sum(jsReqs.filter((s) => /\/(sw|workbox-[^/]*)\.js/.test(s.url))),
    total: sum(seen),
    files: seen.length,
    jsFiles: jsReqs.map((s) => `${s.url.split('/').pop()} ${(s.bytes / 1024).toFixed(1)}`),
  };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** Prints one line per page: landing and every panel's embed. */
export async function printTransfers(browser, base) {
  console.log('Cold visit, bytes on the wire (gzip, empty cache; JS includes worker and sw.js):');
  const rows = [['landing page', `${base}#/`, (p) => p.locator('.panel-cards').waitFor()]];
  for (const id of await panelIds(browser, base))
    rows.push([
      `#/embed/${id}`,
      `${base}#/embed/${id}`,
      (p) => p.getByTestId('caption').first().waitFor({ timeout: 30_000 }),
    ]);
  const out = {};
  for (const [name, url, ready] of rows) {
    const r = await coldVisit(browser, url, ready);
    out[name] = r;
    console.log(
      `  ${name.padEnd(24)} JS ${kb(r.js).padStart(9)}` +
        ` (worker ${kb(r.worker)}, sw ${kb(r.sw)}); everything ${kb(r.total)} in ${r.files} files`,
    );
    if (process.env.BENCH_VERBOSE) console.log('    ' + r.jsFiles.join('\n    '));
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runAlone(printTransfers);
