import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, openPanel, setRange, status } from './helpers';

const counter = (page: Page) => page.getByTestId('sample-counter');
const shownCount = async (page: Page) =>
  Number(/shown: (\d+)/.exec((await counter(page).textContent()) ?? '')?.[1] ?? NaN);

test.describe('Pullback sampling panel', () => {
  test('sampling animation advances the counter and the running ellipse', async ({ page }) => {
    await openPanel(page, '#/pst?samples=2000');
    await expect(counter(page)).toHaveText('samples shown: 2000 / 2000');
    await expect(page.getByTestId('exact-ellipse')).toHaveAttribute('d', /^M.*Z$/);

    await page.getByRole('button', { name: 'Reset to no samples' }).click();
    await expect(counter(page)).toHaveText('samples shown: 0 / 2000');
    await expect(page.getByTestId('running-ellipse')).toHaveAttribute('d', '');
    await expect(page.getByTestId('caption')).toContainText('No estimate yet');

    await page.getByTestId('play').click();
    await expect.poll(() => shownCount(page)).toBeGreaterThan(20);
    await page.getByTestId('play').click(); // pause
    const n1 = await shownCount(page);
    expect(n1).toBeLessThan(2000);
    const d1 = await page.getByTestId('running-ellipse').getAttribute('d');
    expect(d1).toMatch(/^M/);
    await expect(page.getByTestId('caption')).toContainText(`After ${n1} of 2000 samples`);
    // The formula and the caption state the same error of the samples shown.
    const caption = (await page.getByTestId('caption').textContent()) ?? '';
    const pct = /is ([\d.]+)% from the exact G/.exec(caption)?.[1];
    expect(pct).toBeDefined();
    await expect(page.getByTestId('live-error')).toHaveAttribute(
      'aria-label',
      new RegExp(`= ${pct}\\\\%`),
    );

    await page.getByTestId('play').click(); // resume where it paused
    await expect.poll(() => shownCount(page)).toBeGreaterThan(n1 + 50);
    const d2 = await page.getByTestId('running-ellipse').getAttribute('d');
    expect(d2).not.toBe(d1);
    await expect(counter(page)).toHaveText('samples shown: 2000 / 2000', { timeout: 10_000 });
    await expect(page.getByTestId('play')).toHaveText(/Replay/);
  });

  test('with reduced motion, play shows the end state at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPanel(page, '#/pst?samples=300');
    await page.getByRole('button', { name: 'Reset to no samples' }).click();
    await expect(counter(page)).toHaveText('samples shown: 0 / 300');
    await page.getByTestId('play').click();
    await expect(counter(page)).toHaveText('samples shown: 300 / 300');
    await page.getByRole('button', { name: 'Reset to no samples' }).click();
    await page.getByRole('button', { name: 'Add one sample' }).click();
    await expect(counter(page)).toHaveText('samples shown: 1 / 300');
    await expect(page.getByTestId('recipe')).toContainText('Sample 1 of 300');
  });

  test('the η slider changes the EMA plot, its formula and the URL', async ({ page }) => {
    await openPanel(page, '#/pst?eta=0.95');
    const chart = page.getByTestId('ema-chart').locator('path').first();
    const before = await chart.getAttribute('d');
    await expect(page.getByTestId('ema-caption')).toContainText('1/(1−η) = 20 ');
    await setRange(page, 'eta', 0.5);
    await expect(page.getByTestId('eta-value')).toHaveText('0.5');
    await expect(page.getByTestId('ema-caption')).toContainText('1/(1−η) = 2 ');
    await expect.poll(() => chart.getAttribute('d')).not.toBe(before);
    expect((await settledParams(page)).get('eta')).toBe('0.5');
    // η does not resample: the cloud keeps its end state.
    await expect(counter(page)).toHaveText('samples shown: 2000 / 2000');
  });

  test('true vs empirical Fisher, and σ changes the exact G', async ({ page }) => {
    await openPanel(page, '#/pst?w=0.5,0.5&sigma=0.5');
    await expect(page.getByTestId('fisher-sentence')).toContainText('Here they differ by');
    await expect(page.getByTestId('empirical-ellipse')).toHaveAttribute('d', /^M/);
    const formula = await page.getByTestId('live-formula').getAttribute('aria-label');
    expect(formula).toContain('G = \\begin{pmatrix}');
    await setRange(page, 'sigma', 200);
    await expect(page.getByTestId('sigma-value')).not.toHaveText('0.5');
    await expect
      .poll(() => page.getByTestId('live-formula').getAttribute('aria-label'))
      .not.toBe(formula);
    await expect(page.getByTestId('gd-caption')).toContainText('GD preconditioned by diag(Ĝ)⁻¹');
  });

  test('the recipe and the weight-space lines follow the newest sample', async ({ page }) => {
    await openPanel(page, '#/pst?samples=200');
    await page.getByRole('button', { name: 'Reset to no samples' }).click();
    await page.getByRole('button', { name: 'Add one sample' }).click();
    const lines = page.getByTestId('sample-line');
    await expect(lines).toHaveCount(1);
    const dw1 = await page.getByTestId('recipe-dw').getAttribute('aria-label');
    await page.getByRole('button', { name: 'Add one sample' }).click();
    await expect(page.getByTestId('recipe')).toContainText('Sample 2 of 200');
    await expect(lines).toHaveCount(2);
    await expect.poll(() => page.getByTestId('recipe-dw').getAttribute('aria-label')).not.toBe(dw1);
    await expect(page.getByTestId('avg-contour')).toHaveAttribute('d', /^M/);
    // Moving w to the data-generating weights brings the empirical Fisher close to F.
    const far = await page.getByTestId('fisher-sentence').textContent();
    await setRange(page, 'w1', 1.5);
    await setRange(page, 'w2', -2);
    await expect.poll(() => hashParams(page).get('w')).toBe('1.5,-2');
    await expect(page.getByTestId('fisher-sentence')).not.toHaveText(far!);
  });

  test('URL round-trip for the small net with a Bernoulli output', async ({ page }) => {
    const q = 'model=net&output=bernoulli&samples=500&seed=7&eta=0.9&pair=hidden';
    await openPanel(page, `#/pst?${q}`);
    await expect(page.getByTestId('model')).toHaveValue('net');
    await expect(page.getByTestId('output')).toHaveValue('bernoulli');
    await expect(page.getByTestId('pair')).toHaveValue('hidden');
    await expect(page.getByTestId('seed')).toHaveValue('7');
    await expect(page.getByTestId('sigma')).toHaveCount(0);
    await expect(page.getByTestId('gd-linear-only')).toBeVisible();
    await expect(counter(page)).toHaveText('samples shown: 500 / 500');
    const caption = await page.getByTestId('caption').textContent();
    const p = hashParams(page);
    for (const [k, v] of new URLSearchParams(q)) expect(p.get(k)).toBe(v);
    await page.reload();
    await expect(page.getByTestId('caption')).toHaveText(caption!);
    await page.getByTestId('pair').selectOption('mixed');
    await expect.poll(() => hashParams(page).get('pair')).toBe('mixed');
    await expect(page.getByTestId('main-plot')).toContainText('W₂[1,1]');
  });

  test('"Download data" includes the samples, the exact G and the estimates', async ({ page }) => {
    await openPanel(page, '#/pst?samples=300&seed=3&eta=0.9');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    expect(download.suggestedFilename()).toBe('curvature-lab-pst.json');
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.panel).toBe('pst');
    expect(data.params).toMatchObject({ samples: 300, seed: 3, eta: 0.9, model: 'linear' });
    expect(data.samples).toHaveLength(300);
    expect(data.samples[0]).toHaveLength(2);
    expect(data.empiricalSamples).toHaveLength(300);
    expect(data.exactG).toHaveLength(2);
    expect(data.exactG[0][1]).toBeCloseTo(data.exactG[1][0], 12);
    expect(data.estimates.shown).toBe(300);
    expect(data.estimates.sampleG).toEqual(data.estimates.estimateShown);
    expect(data.ema.timescale).toBeCloseTo(10, 10);
    expect(data.ema.debiased).toHaveLength(300);
    expect(data.gd.full.status).toBe('converged');
    expect(data.recipe.dz).toHaveLength(300);
  });

  test('embed mode and bad URL values', async ({ page }) => {
    await page.goto('./#/embed/pst?samples=99999&sigma=abc&model=cnn');
    await expect(page.getByTestId('embed-root')).toBeVisible();
    await expect(page.getByTestId('main-plot')).toBeVisible();
    await expect(page.getByTestId('notices')).toContainText('clamped to 5000');
    await expect(page.getByTestId('notices')).toContainText('Noise level σ “abc” is not a number');
    await expect(page.getByTestId('notices')).toContainText('Model “cnn” is not one of');
    await expect(counter(page)).toHaveText('samples shown: 5000 / 5000');
  });

  test('a diverging GD run is called diverging, with the stable bound under α', async ({
    page,
  }) => {
    await openPanel(page, '#/pst?samples=5000&lr=1');
    const caption = page.getByTestId('gd-caption');
    await expect(caption).toContainText('diag(Ĝ)⁻¹ diverges: α = 1 is above its bound 0.937');
    await expect(caption).toContainText('from 3.763 to 1644 in 30 steps');
    await expect(caption).not.toContainText('reaches a loss gap of 1644');
    await expect(status(page, /GD with diag/)).toHaveText(/diverging/);
    await expect(page.locator('[data-control="lr"] .hint')).toContainText(
      'Stable for α < 0.937 with diag(Ĝ)⁻¹, α < 2 with G⁻¹',
    );
    // Below the bound the same run converges towards the minimum, and the caption says so.
    await setRange(page, 'lr', 215);
    await expect
      .poll(async () => Number(await page.getByTestId('lr-value').textContent()))
      .toBeLessThan(0.937);
    await expect(caption).toContainText('diag(Ĝ)⁻¹ reaches a loss gap of');
    await expect(status(page, /GD with diag/)).toHaveCount(0);
  });

  test('curvature from one batch: error falls like 1/√B, and the step direction', async ({
    page,
  }) => {
    await openPanel(page, '#/pst?model=net&samples=300');
    const view = page.getByTestId('batch-view');
    await expect(view.getByTestId('batch-error-chart')).toBeVisible();
    await expect(view.getByTestId('batch-angle-chart').locator('circle')).toHaveCount(10);
    const caption = page.getByTestId('batch-caption');
    await expect(caption).toContainText('G of all 13 weights');
    const slope = Number(/falls like B\^(-[\d.]+)/.exec((await caption.textContent()) ?? '')?.[1]);
    expect(slope).toBeGreaterThan(-0.6);
    expect(slope).toBeLessThan(-0.4);
    await expect(caption).toContainText('at B = 32');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const b = data.batchCurvature;
    expect(b.batchSizes).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(b.relError).toHaveLength(10);
    expect(b.stepAngleDeg).toHaveLength(10);
    expect(b.slope).toBeCloseTo(slope, 3);
    expect(b.relError[9]).toBeLessThan(b.relError[0] / 10);
    expect(b.stepAngleDeg[9]).toBeLessThan(b.stepAngleDeg[0]);
    expect(b.paramCount).toBe(13);
    // Changing S (the PST samples) does not touch the batch sweep.
    const before = await view.getByTestId('batch-error-chart').innerHTML();
    await setRange(page, 'samples', 50);
    await expect.poll(() => hashParams(page).get('samples')).not.toBe('300');
    expect(await view.getByTestId('batch-error-chart').innerHTML()).toBe(before);
  });
});
