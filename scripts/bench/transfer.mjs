// Bytes a cold visit transfers, counted by the server as it sends them (gzip): for the landing
// page and for `#/embed/<id>` of every panel, in a fresh browser context (empty cache). First
// without the service worker — what opening the page costs, the budget — then with it, which
// adds the offline copy it keeps (an embed: nothing new; the app: the whole site).
// Used by `npm run bench`; alone: node scripts/bench/transfer.mjs <build folder>.
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

/** Waits until the server has sent nothing for `quietMs`. */
async function quiet(sent, quietMs = 1500, maxMs = 30_000) {
  const start = Date.now();
  let n = -1;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    if (sent.length !== n) [n, since] = [sent.length, Date.now()];
    else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One cold visit: what the server sent, by kind of file. */
export async function coldVisit(browser, site, hash, ready, serviceWorkers) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers,
  });
  const page = await context.newPage();
  site.sent.clear();
  await page.goto(site.base + hash);
  await ready(page);
  await quiet(site.sent);
  const files = [...site.sent];
  await context.close();
  const sum = (xs) => xs.reduce((a, x) => a + x.bytes, 0);
  const js = files.filter((f) => /\.m?js$/.test(f.path));
  return {
    js: sum(js),
    worker: js.some((f) => /engine\.worker/.test(f.path)),
    katex: js.some((f) => /\/katex-/.test(f.path)),
    total: sum(files),
    files: files.length,
    list: js.map((f) => `${f.path.split('/').pop()} ${(f.bytes / 1024).toFixed(1)}`),
  };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** Prints one line per page: landing and every panel's embed; returns the figures. */
export async function printTransfers(browser, site) {
  console.log(
    'Cold visit, bytes sent by the server (gzip): JavaScript (a worker’s code included) and everything;',
  );
  console.log('then, with the service worker, everything including the offline copy it keeps:');
  const rows = [['landing page', '#/', (p) => p.locator('.panel-cards').waitFor()]];
  for (const id of await panelIds(browser, site.base))
    rows.push([
      `#/embed/${id}`,
      `#/embed/${id}`,
      (p) => p.getByTestId('caption').first().waitFor({ timeout: 60_000 }),
    ]);
  const out = {};
  for (const [name, hash, ready] of rows) {
    const page = await coldVisit(browser, site, hash, ready, 'block');
    const withSw = await coldVisit(browser, site, hash, ready, 'allow');
    out[name] = { page, withSw };
    console.log(
      `  ${name.padEnd(24)} JS ${kb(page.js).padStart(9)}${page.worker ? ' (worker started)' : ''}${page.katex ? ' (KaTeX loaded)' : ''}; ` +
        `everything ${kb(page.total)} in ${page.files} files; with the service worker ${kb(withSw.total)}`,
    );
    if (process.env.BENCH_VERBOSE) console.log(`    ${page.list.join('\n    ')}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runAlone(printTransfers);
