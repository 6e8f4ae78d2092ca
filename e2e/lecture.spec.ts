import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, openPanel } from './helpers';

test('presenter mode: large type, and keys drive the run', async ({ page }) => {
  await openPanel(page, '#/newton?problem=rosenbrock&x0=-1.2,1&k=0');
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const normal = await size();
  await page.getByTestId('presenter-toggle').click();
  await expect.poll(() => hashParams(page).get('present')).toBe('1');
  expect(parseFloat(await size())).toBeGreaterThan(parseFloat(normal));
  await page.locator('main h1').click(); // focus the page, not a control
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('k-readout')).toContainText('k = 2');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('k-readout')).toContainText('k = 1');
  await page.keyboard.press('r');
  await expect(page.getByTestId('k-readout')).toContainText('k = 0');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play')).toHaveText(/Pause/);
  await expect(page.getByTestId('k-readout')).not.toContainText('k = 0 ');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play')).toHaveText(/Play/);
});

test('scenes: save the current state and jump back with key 1', async ({ page }) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5&present=1');
  await page.getByTestId('scenes').locator('summary').click();
  await page.locator('#scene-name').fill('Damped from 2.3');
  await page.getByTestId('save-scene').click();
  await expect(page.getByTestId('scenes')).toContainText('1. Damped from 2.3');
  await page.goto('./#/damping?problem=logistic&x0=2,0.5&eta=0&present=1');
  await expect(page.getByTestId('caption')).toContainText('inside');
  await page.locator('main h1').click();
  await page.keyboard.press('1');
  await expect.poll(() => hashParams(page).get('x0')).toBe('2.3,0.5');
  expect((await settledParams(page)).get('eta')).toBe('0.5');
});

test('ghost: keep the previous trajectories faded, then clear them', async ({ page }) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0');
  await page.getByTestId('ghost-keep').click();
  await expect(page.getByTestId('ghost')).toBeAttached();
  await page.getByTestId('ghost-clear').click();
  await expect(page.getByTestId('ghost')).toHaveCount(0);
});

test('export: SVG and PNG (2×) of the figure with title, legend and parameters', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5');
  const [svgDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync((await svgDl.path())!, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('Curvature Lab — Damping');
  expect(svg).toContain('η=0.5');
  expect(svg).toContain('Damped Newton (converged');
  const parsed = await page.evaluate(
    (t) =>
      new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(parsed).toBe(true);

  const [pngDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  const png = readFileSync((await pngDl.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const plotWidth = await page
    .getByTestId('main-plot')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBe(Math.round(plotWidth) * 2);

  const [csvDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const csv = readFileSync((await csvDl.path())!, 'utf8').split('\n');
  expect(csv[0]).toBe('method,k,w1,w2,loss');
  expect(csv[1]).toMatch(/^newton,0,2.3,0.5,/);
});

test('share dialog: permalink, iframe snippet, and an embed that shows only the chosen control', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5');
  await page.getByTestId('share-open').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('share-permalink')).toHaveValue(/#\/damping\?.*eta=0\.5/);
  await expect(page.getByTestId('share-iframe')).toHaveValue(/^<iframe src=".*#\/embed\/damping\?/);
  // Show only the damping slider in the embed.
  for (const box of await dialog.locator('fieldset input[type=checkbox]').all()) {
    const label = (await box.locator('xpath=..').textContent()) ?? '';
    if (!/Damping η/.test(label)) await box.uncheck();
  }
  const embedUrl = await page.getByTestId('share-embed-url').inputValue();
  expect(embedUrl).toContain('controls=eta');
  await page.goto(embedUrl);
  await expect(page.getByTestId('embed-root')).toBeVisible();
  await expect(page.getByTestId('eta')).toBeVisible();
  await expect(page.getByTestId('problem-select')).toBeHidden();
  await expect(page.getByTestId('download-data')).toBeHidden();
  await expect(page.getByRole('link', { name: /open in Curvature Lab/ })).toHaveAttribute(
    'href',
    /#\/damping\?/,
  );
});

test('works offline after the first visit', async ({ page, context }) => {
  await openPanel(page, '#/damping');
  // Opening the app (not an embed) keeps the whole site: wait until it is all cached.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const s = await (
          window as unknown as {
            __curvlab: { offline(): Promise<{ cached: number; total: number } | null> };
          }
        ).__curvlab.offline();
        return s !== null && s.cached === s.total;
      }),
    )
    .toBe(true);
  await page.reload(); // the service worker now controls the page
  await expect(page.getByTestId('main-plot')).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('main-plot')).toBeVisible();
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  await context.setOffline(false);
});

const PANEL_HASHES = [
  '#/newton',
  '#/damping',
  '#/preconditioning',
  '#/invariance',
  '#/proximal',
  '#/hessian-free',
  '#/pst',
  '#/kfac',
];

test('the accessibility checks below cover every panel on the landing page', async ({ page }) => {
  await page.goto('./');
  const hrefs = await page
    .locator('.panel-cards a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toEqual(PANEL_HASHES);
});

// One test per page: axe takes a few seconds each on a 2-core machine.
for (const href of ['#/', ...PANEL_HASHES]) {
  test(`accessibility: axe finds no violations on ${href}`, async ({ page }) => {
    await page.goto(`./${href}`);
    if (href !== '#/') await expect(page.locator('main .panel')).toBeVisible();
    await page.waitForTimeout(400);
    const result = await new AxeBuilder({ page }).analyze();
    const summary = result.violations.map(
      (v) =>
        `${href} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('presenter keys also start, pause and reset a training run', async ({ page }) => {
  await page.goto('./#/hessian-free?view=train&budget=3&arch=curves-ae&present=1');
  await expect(page.getByTestId('train-toggle')).toBeVisible();
  await page.locator('main h1').click();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('train-toggle')).toHaveText(/Pause/);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('train-toggle')).toHaveText(/Resume/);
  await page.keyboard.press('r');
  await expect(page.getByTestId('train-toggle')).toHaveText(/Train/);
});

test('a link can carry a scene list, which lands in local storage and on the number keys', async ({
  page,
}) => {
  const scenes = JSON.stringify([
    ['Diverges', '#/damping?problem=logistic&x0=2.3,0.5&eta=0'],
    ['Damped', '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5'],
  ]);
  await page.goto(`./#/damping?present=1&scenes=${encodeURIComponent(scenes)}`);
  await expect(page.getByTestId('notices')).toContainText('2 scenes from the link saved');
  await expect.poll(() => hashParams(page).get('scenes')).toBeNull();
  await page.locator('main h1').click();
  await page.keyboard.press('2');
  await expect.poll(() => hashParams(page).get('eta')).toBe('0.5');
  await page.getByTestId('scenes').locator('summary').click();
  await expect(page.getByTestId('scenes')).toContainText('2. Damped');
  await expect(page.getByTestId('copy-scenes')).toBeVisible();
});

for (const hash of ['#/preconditioning', '#/invariance']) {
  test(`ghost on ${hash}: keep the trajectories faded, then clear them`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await page.getByTestId('ghost-keep').click();
    await expect(page.getByTestId('ghost')).toBeAttached();
    await page.getByTestId('ghost-clear').click();
    await expect(page.getByTestId('ghost')).toHaveCount(0);
  });
}
