// `npm run bench`: prints (1) the worker's compute time per panel update and (2) the p50/p95 of
// the app's own `curvlab:update` User Timing measure while Playwright drags a slider of each
// panel through 100 values in headless Chromium, with how the replies travelled (lane/message). A script, not a timed test: numbers are reported,
// never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Part 1: every scripts/bench/*.ts times a panel's pure core computation (what its worker runs).
for (const f of readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const r = spawnSync('npx', ['tsx', `scripts/bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const PORT = 4179;
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(exe) ? exe : undefined,
  args: ['--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

async function sweep(hash, testId, moves = 100) {
  await page.goto(base + hash);
  await page.getByTestId('caption').waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.clearMeasures('curvlab:update'));
  // Sliders below the fold (e.g. the pst panel's η) must be on screen for real pointer drags.
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const box = await page.getByTestId(testId).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  // Pointer moves across the slider, one per frame as a hand would produce them.
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * i) / moves, y);
    await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => r(null))));
  }
  await page.mouse.up();
  await page.waitForTimeout(500);
  return page.evaluate(() => performance.getEntriesByName('curvlab:update').map((e) => e.duration));
}

// Part 2: one slider sweep per panel: [name, hash, data-testid of a range input].
const SWEEPS = [
  ['damping (η slider)', '#/damping?problem=logistic&x0=2.3,0.5&eta=0', 'eta'],
  ['newton (η slider)', '#/newton', 'eta'],
  ['preconditioning (damped η slider re-forms R)', '#/preconditioning?preset=damped', 'eta'],
  ['invariance (η slider)', '#/invariance', 'eta'],
  ['invariance (steps slider: recomputes the η sweep)', '#/invariance?steps=20', 'steps'],
  ['pst (EMA η slider)', '#/pst', 'eta'],
  ['proximal (λ_FSD slider)', '#/proximal', 'lfsd'],
  ['kfac (curvature view, batch N slider)', '#/kfac?view=curvature', 'batch'],
  ['hessian-free (n-dim κ slider)', '#/hessian-free', 'skappa'],
];
const routesNow = () => page.evaluate(() => globalThis.__curvlab.routes());
await page.goto(base);
for (const [name, hash, id] of SWEEPS) {
  // The panel's first drag compiles its code paths (JIT) in the page and in the worker: report
  // it separately, then measure a second, 100-move drag.
  const cold = await sweep(hash, id, 30);
  const before = await routesNow();
  const d = await sweep(hash, id);
  const after = await routesNow();
  // Hash navigation keeps the page and its engine: count this sweep's routes only.
  const r = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
  console.log(
    `curvlab:update while dragging the ${name} through 100 values in headless Chromium: ` +
      `n=${d.length}, p50 ${pct(d, 0.5).toFixed(1)} ms, p95 ${pct(d, 0.95).toFixed(1)} ms, max ${Math.max(...d).toFixed(1)} ms ` +
      `(first 30-move drag after opening the panel: p50 ${pct(cold, 0.5).toFixed(1)} ms, p95 ${pct(cold, 0.95).toFixed(1)} ms)`,
  );
  const w = after.laneWaits.slice(before.laneWaits.length);
  console.log(
    after.syncLane
      ? `  routes: ${r.lane} same-frame on the lane${w.length ? ` (main-thread wait p50 ${pct(w, 0.5).toFixed(2)} ms, p95 ${pct(w, 0.95).toFixed(2)} ms)` : ''}, ` +
          `${r.laneTimeout} over the lane budget, ${r.slowKind} sent by message as a slow kind, ${r.laneBusy} lane busy`
      : '  routes: no synchronous lane (page not cross-origin isolated): every reply by message',
  );
}
// Part 3: throughput inside the real worker, and main-thread long tasks while HF trains.
await page.goto(base + '#/');
await page.waitForFunction(() => globalThis.__curvlab !== undefined);
const nn = await page.evaluate(() =>
  globalThis.__curvlab.runJob({ kind: 'bench', input: { what: 'nn-gradient' } }),
);
console.log(
  `In the worker (headless Chromium): gradient evaluations/s, 1-32-32-1 tanh MLP on 64 points: ${Math.round(nn.output.evalsPerSecond)}`,
);
for (const preset of ['curves-ae', 'curves-deep', 'spirals']) {
  const r = await page.evaluate(
    (p) => globalThis.__curvlab.runJob({ kind: 'bench', input: { what: 'hf', preset: p } }),
    preset,
  );
  const h = r.output.hf;
  console.log(
    `In the worker: HF ${preset}: ${h.hfIterationsPerSecond.toFixed(1)} iterations/s, ${h.mvpsPerSecond.toFixed(0)} CG MVPs/s ` +
      `(${h.mvpsPerIteration.toFixed(1)} per iteration); chunk p50 ${h.chunkP50Ms.toFixed(1)} ms, max ${h.chunkMaxMs.toFixed(1)} ms`,
  );
}
await page.goto(base + '#/hessian-free?view=train&budget=5&arch=curves-ae');
await page.getByTestId('train-toggle').waitFor();
await page.evaluate(() => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
});
await page.getByTestId('train-toggle').click();
await page.waitForTimeout(6000);
const longTasks = await page.evaluate(() => globalThis.__longTasks);
console.log(
  `Main thread during 6 s of HF training (curves-ae): ${longTasks.length} long tasks over 50 ms` +
    (longTasks.length ? ` (max ${Math.max(...longTasks).toFixed(0)} ms)` : ''),
);

// K-FAC vs SGD steps per second for each preset, timed inside the worker (the run's own clock),
// through the real training view; and main-thread long tasks while it trains.
// Default settings; the first autoencoder run only warms up the JIT and is not reported.
for (const [i, preset] of ['autoencoder', 'autoencoder', 'classifier', 'regression'].entries()) {
  await page.goto('about:blank'); // a fresh page: no run state carried over from the last preset
  await page.goto(`${base}#/kfac?view=train&preset=${preset}&hf=off`);
  await page.getByTestId('train-play').waitFor();
  await page.evaluate(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.getByTestId('train-play').click();
  await page
    .getByTestId('train-progress')
    .filter({ hasText: '(done)' })
    .waitFor({ timeout: 120_000 });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  const data = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  const rate = (m) => m.steps / (m.timeMs / 1000);
  const long = await page.evaluate(() => globalThis.__longTasks);
  if (i === 0) continue;
  console.log(
    `In the worker: K-FAC ${preset}: ${rate(data.kfac).toFixed(0)} steps/s, SGD ${rate(data.sgd).toFixed(0)} steps/s ` +
      `(K-FAC step = ${(rate(data.sgd) / rate(data.kfac)).toFixed(2)}× an SGD step); main-thread tasks over 50 ms while training: ${long.length}`,
  );
}

await browser.close();
stop();
process.exit(0);
