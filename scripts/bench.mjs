// `npm run bench`: prints, never asserts —
//   1. each panel's computation timed on the pure core in Node (every scripts/bench/*.ts);
//   2. bytes a cold visit transfers, for the landing page and every panel's embed;
//   3. `curvlab:update` while moving each panel's slider by keyboard and by pointer;
//   4. throughput and long tasks while training, inside the real worker.
// Parts 2–4 run in headless Chromium against a fresh production build served as static hosts
// serve it: no cross-origin isolation headers (scripts/serve-static.mjs). The machine's load is
// printed with the figures: on a shared machine, compare runs made under a similar load.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchChromium, serveBuild } from './bench/browser.mjs';
import { printLatencies } from './bench/latency.mjs';
import { printTraining } from './bench/training.mjs';
import { printTransfers } from './bench/transfer.mjs';

const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`;
console.log(`${new Date().toISOString()}, ${load()}`);

for (const f of readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const r = spawnSync('npx', ['tsx', `scripts/bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const OUT = '.e2e-dist/bench';
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const site = await serveBuild(OUT);
const { base, stop } = site;
const browser = await launchChromium();
try {
  console.log(`\n${load()}`);
  await printTransfers(browser, site);
  console.log(`\n${load()}`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  console.log('curvlab:update (ms) while moving a slider, headless Chromium, static host:');
  await printLatencies(page, base);
  await page.close();
  console.log(`\n${load()}`);
  await printTraining(browser, base);
  console.log(`\n${load()}`);
} finally {
  await browser.close();
  await stop();
}
