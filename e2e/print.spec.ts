import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPanel } from './helpers';

// Print: the current figure as vector SVG with title, legend, parameters and caption, the
// permalink as text (a link in the PDF) and a QR code to it — in the app, in an embed, and for
// every <curvature-lab> element of a host page.
const HASH = '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5';
const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** Decodes the QR code in the picture `qr` (an <svg> or an <img>) with jsQR, in the page. */
async function decodeQr(page: Page, qr: Locator): Promise<string | null> {
  await page.addScriptTag({ path: JSQR });
  return qr.evaluate(async (el) => {
    const src =
      el instanceof HTMLImageElement
        ? el.src
        : URL.createObjectURL(
            new Blob([new XMLSerializer().serializeToString(el)], { type: 'image/svg+xml' }),
          );
    const img = new Image();
    await new Promise((ok, fail) => {
      img.onload = ok;
      img.onerror = fail;
      img.src = src;
    });
    // Twice the natural size: each module is several pixels; jsQR finds the code in the picture.
    const w = 2 * (img.naturalWidth || 200);
    const h = 2 * (img.naturalHeight || 200);
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0, w, h);
    const { data } = ctx.getImageData(0, 0, w, h);
    const jsQR = (
      window as unknown as {
        jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
      }
    ).jsQR;
    return jsQR(data, w, h)?.data ?? null;
  });
}

/** The /URI targets of a PDF's link annotations (Chromium writes them uncompressed). */
function pdfLinks(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) =>
    m[1].replace(/\\(.)/g, '$1'),
  );
}

test('print view: figure, caption, permalink and a QR code that decodes to it; the PDF links to it', async ({
  page,
}, info) => {
  await openPanel(page, HASH);
  // The print view is kept up to date on screen (hidden), so printing needs no event.
  const view = page.getByTestId('print-view');
  await expect(view.locator('svg [data-qr]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(view).toBeVisible();
  await expect(page.locator('main')).toBeHidden();
  await expect(view.locator('svg text').first()).toContainText('Curvature Lab — Damping');
  // The caption printed under the figure is the panel's (computed) caption.
  const caption = await page.getByTestId('caption').textContent();
  // (set in lines, one <tspan> each)
  const printed = await view.locator('svg [data-caption] tspan').allTextContents();
  expect(printed.join(' ')).toBe(caption!.replace(/\s+/g, ' ').trim());
  const link = view.getByTestId('print-link').locator('a');
  await expect(link).toHaveAttribute('href', /#\/damping\?.*eta=0\.5/);
  const url = (await link.getAttribute('href'))!;
  await expect(link).toHaveText(url);
  expect(await decodeQr(page, view.locator('svg').first())).toBe(url);
  await page.screenshot({ path: info.outputPath('print-view.png'), fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdfLinks(pdf)).toContain(url);
});

test('export: "Figure for print" is an SVG with the QR code, the link, the caption and a <desc>', async ({
  page,
}) => {
  await openPanel(page, HASH);
  await page.getByTestId('export-open').click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-print').click(),
  ]);
  const svg = readFileSync((await dl.path())!, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('data-qr=');
  expect(svg).toContain('Live figure');
  // The link is set in lines.
  expect(svg.replace(/<\/tspan><tspan[^>]*>/g, '')).toMatch(/#\/damping\?[^<]*eta=0\.5/);
  // The figure's text alternative is its <desc>: the same as the page's description.
  const desc = await page.getByTestId('figure-description').textContent();
  expect(svg).toContain(
    `<desc id="fig-desc">${desc!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</desc>`,
  );
  const ok = await page.evaluate(
    (t) =>
      new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(ok).toBe(true);
});

test('print of a host page: each <curvature-lab> prints its figure, its link and a QR code; the PDF links to each', async ({
  page,
}, info) => {
  await page.goto('./embed-example.html');
  const labs = page.locator('curvature-lab');
  await expect(labs).toHaveCount(2);
  for (const id of ['lab-a', 'lab-b']) {
    const frame = page.frameLocator(`#${id} >> iframe`);
    await expect(frame.getByTestId('caption')).not.toBeEmpty();
    // The frame sends its figure a moment after its state settles.
    await expect(page.locator(`#${id}`).getByTestId('embed-print').locator('img')).toHaveAttribute(
      'alt',
      /Contour plot of J = /,
    );
  }
  await page.emulateMedia({ media: 'print' });
  const urls: string[] = [];
  for (const id of ['lab-a', 'lab-b']) {
    const lab = page.locator(`#${id}`);
    await expect(lab.locator('iframe')).toBeHidden();
    const block = lab.getByTestId('embed-print');
    await expect(block).toBeVisible();
    const href = (await block.locator('a').getAttribute('href'))!;
    expect(href).toMatch(id === 'lab-a' ? /#\/damping\?.*x0=2\.3,0\.5/ : /#\/newton\?/);
    // The printed figure is the frame's own figure for print, QR code included.
    const src = await block.locator('img').getAttribute('src');
    expect(decodeURIComponent(src!)).toContain('data-qr=');
    expect(await decodeQr(page, block.locator('img'))).toBe(href);
    urls.push(href);
  }
  await page.screenshot({ path: info.outputPath('host-print.png'), fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const links = pdfLinks(await page.pdf({ format: 'A4' }));
  for (const u of urls) expect(links).toContain(u);
});

test('print of a host page on a slow machine: a frame whose panel loads late still sends its figure', async ({
  page,
}) => {
  // A loaded 2-core CI machine once left a frame's panel unrendered when its first figure was
  // due, and it never sent one: the host printed only the QR code.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.goto('./embed-example.html');
  for (const id of ['lab-a', 'lab-b'])
    await expect(page.locator(`#${id}`).getByTestId('embed-print').locator('img')).toHaveAttribute(
      'alt',
      /Contour plot of J = /,
      { timeout: 45_000 },
    );
});
