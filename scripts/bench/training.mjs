// Throughput measured inside the real worker (engine gradients, HF iterations and CG products),
// main-thread long tasks while HF trains, and K-FAC vs SGD steps per second per preset, through the
// training views. Used by `npm run bench`; runs alone: node scripts/bench/training.mjs <build folder>.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runAlone } from './browser.mjs';

/** Starts recording main-thread tasks over 50 ms in the page. */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
const longTasks = (page) => page.evaluate(() => globalThis.__longTasks);

async function workerThroughput(page, base) {
  await page.goto(`${base}#/`);
  await page.waitForFunction(() => globalThis.__curvlab !== undefined);
  const nn = await page.evaluate(() =>
    globalThis.__curvlab.runJob({ kind: 'bench', input: { what: 'nn-gradient' } }),
  );
  console.log(
    `  gradient evaluations/s, 1-32-32-1 tanh MLP on 64 points: ${Math.round(nn.output.evalsPerSecond)}`,
  );
  for (const preset of ['curves-ae', 'curves-deep', 'spirals']) {
    const r = await page.evaluate(
      (p) => globalThis.__curvlab.runJob({ kind: 'bench', input: { what: 'hf', preset: p } }),
      preset,
    );
    const h = r.output.hf;
    console.log(
      `  HF ${preset}: ${h.hfIterationsPerSecond.toFixed(1)} iterations/s, ${h.mvpsPerSecond.toFixed(0)} CG MVPs/s ` +
        `(${h.mvpsPerIteration.toFixed(1)} per iteration); chunk p50 ${h.chunkP50Ms.toFixed(1)} ms, max ${h.chunkMaxMs.toFixed(1)} ms`,
    );
  }
}

async function hfLongTasks(page, base) {
  await page.goto(`${base}#/hessian-free?view=train&budget=5&arch=curves-ae`);
  await page.getByTestId('train-toggle').waitFor();
  await watchLongTasks(page);
  await page.getByTestId('train-toggle').click();
  await page.waitForTimeout(6000);
  const long = await longTasks(page);
  console.log(
    `  main thread during 6 s of HF training (curves-ae): ${long.length} tasks over 50 ms` +
      (long.length ? ` (max ${Math.max(...long).toFixed(0)} ms)` : ''),
  );
}

// Default settings; the first autoencoder run only warms up the JIT and is not reported.
async function kfacRates(page, base) {
  for (const [i, preset] of ['autoencoder', 'autoencoder', 'classifier', 'regression'].entries()) {
    await page.goto('about:blank'); // a fresh page: no run state carried over
    await page.goto(`${base}#/kfac?view=train&preset=${preset}&hf=off`);
    await page.getByTestId('train-play').waitFor();
    await watchLongTasks(page);
    await page.getByTestId('train-play').click();
    await page
      .getByTestId('train-progress')
      .filter({ hasText: '(done)' })
      .waitFor({ timeout: 120_000 });
    // Read before "Download data": serializing the run is a click's work, not training's.
    const long = await longTasks(page);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    const data = JSON.parse(readFileSync(await dl.path(), 'utf8'));
    const rate = (m) => m.steps / (m.timeMs / 1000);
    if (i === 0) continue;
    console.log(
      `  K-FAC ${preset}: ${rate(data.kfac).toFixed(0)} steps/s, SGD ${rate(data.sgd).toFixed(0)} steps/s ` +
        `(K-FAC step = ${(rate(data.sgd) / rate(data.kfac)).toFixed(2)}× an SGD step); main-thread tasks over 50 ms while training: ${long.length}`,
    );
  }
}

export async function printTraining(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  console.log('In the worker (headless Chromium):');
  await workerThroughput(page, base);
  await hfLongTasks(page, base);
  await kfacRates(page, base);
  await page.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await runAlone((browser, site) => printTraining(browser, site.base));
