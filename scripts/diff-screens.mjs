/* global Image, OffscreenCanvas -- used inside page.evaluate, which runs in the browser */
// Compares two folders of screenshots (from scripts/screenshots.mjs) pixel by pixel in Chromium:
// `node scripts/diff-screens.mjs before after [diffdir]`. Prints, per image, how many pixels
// differ and by how much at most (0–255 per channel), and writes a diff image (changed pixels
// red over a faded copy) for each image that changed.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [a, b, out = 'test-results/screen-diff'] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node scripts/diff-screens.mjs before after [diffdir]');
mkdirSync(out, { recursive: true });
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(exe) ? exe : undefined,
  args: ['--disable-gpu'],
});
const page = await browser.newPage();
const url = (f) => `data:image/png;base64,${readFileSync(f).toString('base64')}`;
for (const name of readdirSync(a).filter((f) => f.endsWith('.png'))) {
  if (!existsSync(join(b, name))) {
    console.log(`${name}: missing in ${b}`);
    continue;
  }
  const r = await page.evaluate(
    async ([ua, ub]) => {
      const load = (src) =>
        new Promise((ok, fail) => {
          const im = new Image();
          im.onload = () => ok(im);
          im.onerror = fail;
          im.src = src;
        });
      const [ia, ib] = await Promise.all([load(ua), load(ub)]);
      const w = Math.max(ia.width, ib.width);
      const h = Math.max(ia.height, ib.height);
      const pixels = (im) => {
        const c = new OffscreenCanvas(w, h);
        const g = c.getContext('2d');
        g.drawImage(im, 0, 0);
        return g.getImageData(0, 0, w, h).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d');
      const d = g.createImageData(w, h);
      let n = 0;
      let max = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const m = Math.max(
          Math.abs(pa[i] - pb[i]),
          Math.abs(pa[i + 1] - pb[i + 1]),
          Math.abs(pa[i + 2] - pb[i + 2]),
        );
        if (m > 0) n++;
        max = Math.max(max, m);
        const fade = 255 - (255 - pa[i + 1]) / 4;
        d.data.set(m > 0 ? [255, 0, 0, 255] : [fade, fade, fade, 255], i);
      }
      g.putImageData(d, 0, 0);
      const blob = await c.convertToBlob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const x of bytes) s += String.fromCharCode(x);
      return {
        n,
        max,
        size: `${ia.width}×${ia.height} vs ${ib.width}×${ib.height}`,
        png: n > 0 ? btoa(s) : '',
      };
    },
    [url(join(a, name)), url(join(b, name))],
  );
  console.log(`${name}: ${r.n} pixels differ (max ${r.max}/255), ${r.size}`);
  if (r.png) writeFileSync(join(out, name), Buffer.from(r.png, 'base64'));
}
await browser.close();
