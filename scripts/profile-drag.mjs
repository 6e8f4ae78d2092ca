// Developer tool: drags a slider 100 times and prints the curvlab:update p50/p95 and the hottest
// functions (CPU profile). `node scripts/profile-drag.mjs [hash] [testId]` against a preview on :4173.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const [hash = '#/damping?problem=logistic&x0=2.3,0.5&eta=0', testId = 'eta'] =
  process.argv.slice(2);
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(exe) ? exe : undefined,
  args: ['--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/${hash}`);
await page.getByTestId('caption').waitFor();
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(() => performance.clearMeasures('curvlab:update'));
// Sliders below the fold must be on screen for real pointer drags.
await page.getByTestId(testId).scrollIntoViewIfNeeded();
const box = await page.getByTestId(testId).boundingBox();
const y = box.y + box.height / 2;
await page.mouse.move(box.x + 4, y);
await page.mouse.down();
for (let i = 1; i <= 100; i++) {
  await page.mouse.move(box.x + 4 + ((box.width - 8) * i) / 100, y);
  await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => r(null))));
}
await page.mouse.up();
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, v]) => `${v.toFixed(1)}ms ${k}`)
    .join('\n'),
);
const d = await page.evaluate(() =>
  performance.getEntriesByName('curvlab:update').map((e) => e.duration),
);
d.sort((a, b) => a - b);
console.log(
  `n=${d.length} p50=${d[d.length >> 1].toFixed(1)} p95=${d[Math.floor(d.length * 0.95)].toFixed(1)}`,
);
await browser.close();
