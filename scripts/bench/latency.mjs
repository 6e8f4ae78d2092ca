// `curvlab:update` while a student moves a slider: keyboard (ArrowRight presses at key-repeat
// pace) and pointer (a drag, one move per frame), p50/p95 per panel, with how the results
// travelled (inline on the page's thread, or by the worker) and the page thread's longest inline
// job. Used by `npm run bench`; runs alone against a server:
//   node scripts/bench/latency.mjs <build folder> [panel name filter]
import { pathToFileURL } from 'node:url';
import { runAlone } from './browser.mjs';

/** [name, hash, data-testid of a range input]: one row per slider measured. */
export const SWEEPS = [
  ['Damping η', '#/damping?problem=logistic&x0=2.3,0.5&eta=0', 'eta'],
  ['Newton η', '#/newton', 'eta'],
  ['Preconditioning η (damped preset)', '#/preconditioning?preset=damped', 'eta'],
  ['Invariance η', '#/invariance', 'eta'],
  ['Invariance steps', '#/invariance?steps=20', 'steps'],
  ['Pullback sampling EMA η', '#/pst', 'eta'],
  ['Proximal λ_FSD', '#/proximal', 'lfsd'],
  ['K-FAC curvature N', '#/kfac?view=curvature', 'batch'],
  ['Hessian-free n-dim κ', '#/hessian-free', 'skappa'],
];

export const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

const frame = (page) =>
  page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => r(null))));
const routes = (page) => page.evaluate(() => globalThis.__curvlab.routes());
const measures = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByName('curvlab:update')
      .map((e) => ({ start: e.startTime, end: e.startTime + e.duration, kind: e.detail?.kind })),
  );

/**
 * A change some panels answer in two parts (Invariance: the runs at once, the η sweep from the
 * worker): per change, the first result shown, and every later one by kind.
 */
function byChange(updates) {
  const changes = new Map();
  for (const u of updates) changes.set(u.start, [...(changes.get(u.start) ?? []), u]);
  const first = [...changes.values()].map((us) => us.reduce((a, b) => (b.end < a.end ? b : a)));
  const later = updates.filter((u) => !first.includes(u));
  return { first, later };
}

/** Records the time of every animation frame until `stopFrames`. */
const startFrames = (page) =>
  page.evaluate(() => {
    const g = globalThis;
    g.__frames = [];
    g.__framesOn = true;
    const tick = () => {
      g.__frames.push(performance.now());
      if (g.__framesOn) g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });
const stopFrames = (page) =>
  page.evaluate(() => {
    globalThis.__framesOn = false;
    return globalThis.__frames;
  });

/**
 * Whether each update's result was in the first frame after the change: no frame began between
 * the change and the frame that showed it. A key press waits for the next frame whatever the
 * app does (0–16.7 ms at 60 Hz, so a keyboard p95 is about one frame even at zero cost); this
 * says whether the app added a frame to that.
 */
function nextFrameShare(updates, frames) {
  if (updates.length === 0) return NaN;
  const late = updates.filter((u) => frames.some((f) => f > u.start && f < u.end - 2));
  return 1 - late.length / updates.length;
}

async function open(page, base, hash, testId) {
  await page.goto('about:blank');
  await page.goto(base + hash);
  await page.getByTestId('caption').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(400);
  // Sliders below the fold (e.g. the pst panel's η) must be on screen for real pointer input.
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
}

async function drag(page, testId, moves) {
  const box = await page.getByTestId(testId).boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * i) / moves, y);
    await frame(page);
  }
  await page.mouse.up();
}

async function keys(page, testId, presses) {
  await page.getByTestId(testId).focus();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 40 < 20 ? 'ArrowRight' : 'ArrowLeft');
    // Key repeat runs at ~30 presses per second, at no particular point of a frame.
    await page.waitForTimeout(25 + Math.random() * 15);
  }
}

/** Runs `act` and returns its curvlab:update durations and the routes it took. */
async function measure(page, act) {
  await page.evaluate(() => performance.clearMeasures('curvlab:update'));
  const before = await routes(page);
  await startFrames(page);
  const t0 = await page.evaluate(() => performance.now());
  await act();
  await page.waitForTimeout(500);
  const frames = await stopFrames(page);
  const after = await routes(page);
  // Only the changes made here: a result of the page's opening that arrives meanwhile (a slow
  // first job in a cold worker) is not an answer to this slider.
  const { first, later } = byChange((await measures(page)).filter((u) => u.start >= t0));
  return {
    d: first.map((u) => u.end - u.start),
    later: later.map((u) => ({ kind: u.kind, d: u.end - u.start })),
    next: nextFrameShare(first, frames),
    inline: after.inline - before.inline,
    worker: after.worker + after.pageFallback - before.worker - before.pageFallback,
    blocks: after.inlineMs.slice(before.inlineMs.length),
    demoted: after.demoted,
  };
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const pc = (x) => (Number.isFinite(x) ? `${Math.round(100 * x)} %` : '–');

/**
 * The same measure on a page that does no work at all: a range input whose change schedules the
 * measure's frame callback and nothing else. What the panels are compared with: a key press
 * waits for the next frame whatever a page does, so no panel can beat this row. The second row
 * spends 10 ms in each change's own task: the frame then starts right after it, so a change's
 * own work up to nearly a frame leaves the keyboard p95 at the floor — what moves it is work
 * that runs *between* changes and delays the next frame (the previous frame's rendering, timers).
 */
const FLOOR = 'Floor: a page doing no work';
const FLOORS = [
  [FLOOR, 0],
  ['Floor + 10 ms of work per change', 10],
];
async function printFloor(page, [name, workMs]) {
  await page.setContent('<input type="range" data-testid="floor" min="0" max="1000" value="500">');
  await page.evaluate((workMs) => {
    globalThis.__curvlab = {
      routes: () => ({ inline: 0, worker: 0, pageFallback: 0, inlineMs: [], demoted: [] }),
    };
    globalThis.document.querySelector('input').addEventListener('input', () => {
      const start = performance.now();
      while (performance.now() - start < workMs) {
        /* the change's own work */
      }
      globalThis.requestAnimationFrame(() =>
        performance.measure('curvlab:update', { start, end: performance.now() }),
      );
    });
  }, workMs);
  const pointer = await measure(page, () => drag(page, 'floor', 100));
  const keyboard = await measure(page, () => keys(page, 'floor', 80));
  console.log(
    `  ${name.padEnd(34)} keyboard p50 ${f(pct(keyboard.d, 0.5))} / p95 ${f(pct(keyboard.d, 0.95))} ms (n=${keyboard.d.length}); ` +
      `pointer p50 ${f(pct(pointer.d, 0.5))} / p95 ${f(pct(pointer.d, 0.95))} ms (n=${pointer.d.length})`,
  );
  return pct(keyboard.d, 0.95);
}

/** Prints the keyboard and pointer latency of every sweep; returns the figures. */
export async function printLatencies(page, base, filter = '') {
  const out = [];
  // The idle page's keyboard p95, measured in every run: the panels' rows say how far above it
  // they are (the floor runs first, so a filter that names a panel measures it too).
  let floorP95 = NaN;
  for (const floor of FLOORS) {
    const p95 = await printFloor(page, floor);
    if (floor[0] === FLOOR) floorP95 = p95;
  }
  for (const [name, hash, testId] of SWEEPS) {
    if (filter && !name.toLowerCase().includes(filter.toLowerCase())) continue;
    await open(page, base, hash, testId);
    // The first drag after opening a panel compiles its code paths: reported on its own.
    const first = await measure(page, () => drag(page, testId, 30));
    const pointer = await measure(page, () => drag(page, testId, 100));
    await open(page, base, hash, testId);
    await measure(page, () => keys(page, testId, 10)); // warm-up, as above
    const keyboard = await measure(page, () => keys(page, testId, 80));
    const all = [first, pointer, keyboard];
    const blocks = all.flatMap((m) => m.blocks);
    const row = { name, first, pointer, keyboard, maxBlock: Math.max(0, ...blocks) };
    out.push(row);
    console.log(
      `  ${name.padEnd(34)} keyboard p50 ${f(pct(keyboard.d, 0.5))} / p95 ${f(pct(keyboard.d, 0.95))} ms (n=${keyboard.d.length}); ` +
        `pointer p50 ${f(pct(pointer.d, 0.5))} / p95 ${f(pct(pointer.d, 0.95))} ms (n=${pointer.d.length}); ` +
        `first drag p95 ${f(pct(first.d, 0.95))} ms`,
    );
    const overFloor = pct(keyboard.d, 0.95) - floorP95;
    console.log(
      `    in the first frame after the change: keyboard ${pc(keyboard.next)}, pointer ${pc(pointer.next)}; ` +
        `keyboard p95 ${overFloor >= 0 ? '+' : '−'}${f(Math.abs(overFloor))} ms from the floor's`,
    );
    const later = [...keyboard.later, ...pointer.later];
    for (const kind of new Set(later.map((l) => l.kind))) {
      const d = later.filter((l) => l.kind === kind).map((l) => l.d);
      console.log(
        `    then ${kind} (a second result of the same change): p50 ${f(pct(d, 0.5))} / p95 ${f(pct(d, 0.95))} ms (n=${d.length})`,
      );
    }
    const inl = all.reduce((a, m) => a + m.inline, 0);
    const wrk = all.reduce((a, m) => a + m.worker, 0);
    console.log(
      `    ${inl} inline (longest ${f(row.maxBlock)} ms, p95 ${f(pct(blocks, 0.95))} ms), ${wrk} by the worker` +
        (keyboard.demoted.length
          ? `; in the worker by measured cost: ${keyboard.demoted.join(', ')}`
          : ''),
    );
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await runAlone(async (browser, site) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    console.log('curvlab:update (ms) while moving a slider, headless Chromium:');
    await printLatencies(page, site.base, process.argv[3] ?? '');
  });
