import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Every panel's figures export from the "Export figures" dialog, canvases included.
const PANELS = [
  '#/preconditioning',
  '#/invariance',
  '#/proximal',
  '#/hessian-free',
  '#/pst',
  '#/kfac?view=curvature',
];

for (const hash of PANELS) {
  test(`export figures: ${hash}`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.locator('main .panel')).toBeVisible();
    // The dialog lists the figures on screen when it opens: wait for the main one's first result
    // (Proximal's comes from the worker, which starts on first need).
    await expect(page.locator('main .figure-col .loading')).toHaveCount(0);
    await expect(page.locator('main .figure-col').locator('svg, canvas').first()).toBeVisible();
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    const count = await dialog.locator('li').count();
    expect(count).toBeGreaterThan(0);

    const [svgDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-any-svg-0').click(),
    ]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Curvature Lab — ');
    const ok = await page.evaluate(
      (t) =>
        new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
      svg,
    );
    expect(ok).toBe(true);

    const [pngDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-any-png-0').click(),
    ]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(200); // 2× the on-screen width
    await page.keyboard.press('Escape');

    // The series of "Download data" as CSV: the same numbers as the JSON.
    const [csvDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').first().click(),
    ]);
    const csv = readFileSync((await csvDl.path())!, 'utf8').split('\n');
    expect(csv[0]).toMatch(/^# \d+ series of length \d+$/);
    expect(csv[1].startsWith('index,')).toBe(true);
    expect(csv.length).toBeGreaterThan(4);
  });
}

test('a bare ?present flag turns presenter mode on', async ({ page }) => {
  await page.goto('./#/damping?present');
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('notices')).toHaveCount(0);
});
