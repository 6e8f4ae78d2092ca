import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawing, hashParams, settledParams, openPanel, setRange, settledDrawing } from './helpers';

test.describe('Proximal panel', () => {
  test('four views from one previous iterate; λ_FSD changes the curves, numbers and URL', async ({
    page,
  }) => {
    await openPanel(page, '#/proximal');
    for (const id of ['previous', 'wsd', 'fsd', 'both']) {
      await expect(page.getByTestId(`view-${id}`)).toBeVisible();
      await expect(page.getByTestId(`curve-${id}`)).toHaveAttribute('d', /^M/);
    }
    await expect(page.getByTestId('curve-ngd')).toHaveAttribute('d', /^M/);
    await expect(
      page.getByTestId('view-previous').getByTestId('batch-points').locator('path'),
    ).toHaveCount(8);
    await expect(page.getByTestId('caption')).toContainText('Loss + FSD forgot the least');
    await expect(page.getByTestId('fsd-previous')).toHaveText('0');

    const fsdCurve = await page.getByTestId('curve-fsd').getAttribute('d');
    const wsdCurve = await page.getByTestId('curve-wsd').getAttribute('d');
    const fsdLoss = await page.getByTestId('loss-fsd').textContent();
    await setRange(page, 'lfsd', 250);
    await expect.poll(() => hashParams(page).get('lfsd')).not.toBe('3');
    expect(Number(hashParams(page).get('lfsd'))).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('curve-fsd').getAttribute('d')).not.toBe(fsdCurve);
    await expect(page.getByTestId('loss-fsd')).not.toHaveText(fsdLoss!);
    // λ_FSD does not enter the Loss + WSD view.
    expect(await page.getByTestId('curve-wsd').getAttribute('d')).toBe(wsdCurve);
    // Far left of the log slider is exactly 0: the FSD ticks disappear from the FSD view.
    await setRange(page, 'lfsd', -1);
    await expect(page.getByTestId('lfsd-value')).toHaveText('0');
    await expect(page.getByTestId('view-fsd').getByTestId('fsd-ticks')).toHaveCount(0);
  });

  test('a URL reproduces the same picture', async ({ page, browser }) => {
    const hash = '#/proximal?seed=4&center=1.5&bsize=6&fsd=batch&lfsd=10&lwsd=0.5&steps=80&lr=0.02';
    await openPanel(page, hash);
    await setRange(page, 'lwsd', 200);
    await expect.poll(() => hashParams(page).get('lwsd')).not.toBe('0.5');
    await expect(page.getByTestId('caption')).toContainText('6 points nearest x = 1.5');
    const url = page.url();
    const svgA = await settledDrawing(page);
    const other = await browser.newPage({ viewport: page.viewportSize()! });
    await other.goto(url);
    await expect(other.getByTestId('caption')).toHaveText(
      (await page.getByTestId('caption').textContent())!,
    );
    await expect.poll(() => drawing(other)).toBe(svgA);
    expect((await settledParams(other)).toString()).toBe((await settledParams(page)).toString());
    await other.close();
  });

  test('"Download data" holds the function samples of all four views and NGD', async ({ page }) => {
    await openPanel(page, '#/proximal?lfsd=3&lwsd=3&steps=50');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    expect(download.suggestedFilename()).toBe('curvature-lab-proximal.json');
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.panel).toBe('proximal');
    expect(data.version).toBe(1);
    expect(data.params).toMatchObject({ lfsd: 3, lwsd: 3, steps: 50, fsd: 'wide' });
    expect(data.views.map((v: { id: string }) => v.id)).toEqual([
      'previous',
      'wsd',
      'fsd',
      'both',
      'ngd',
      'sgd',
    ]);
    for (const v of data.views) {
      expect(v.f.length).toBe(data.curveX.length);
      expect(v.f.every((y: number) => Number.isFinite(y))).toBe(true);
    }
    const wsd = data.views[1];
    expect(wsd).toMatchObject({ lambdaFsd: 0, lambdaWsd: 3, status: 'ok' });
    expect(wsd.objectiveHistory.length).toBe(51);
    expect(data.views[0].fsd).toBe(0);
    expect(data.data.batch.length).toBe(8);
    expect(data.data.fsdInputs.length).toBe(24);
    // 1-12-12-1: 12·2 + 12·13 + 13 parameters.
    expect(data.network.paramCount).toBe(193);
    expect(data.network.sizes).toEqual([1, 12, 12, 1]);
    expect(data.sequence).toBeNull();
  });

  test('the SGD view: −∇L/λ_WSD over Loss + WSD, undefined without the WSD', async ({ page }) => {
    await openPanel(page, '#/proximal?lwsd=30');
    await expect(page.getByTestId('view-wsd').getByTestId('curve-sgd')).toHaveAttribute('d', /^M/);
    await expect(page.getByTestId('ngd-readout')).toContainText('learning rate 1/λ_WSD');
    expect(Number(await page.getByTestId('sgd-departure').textContent())).toBeGreaterThan(0);
    await setRange(page, 'lwsd', -1);
    await expect(page.getByTestId('lwsd-value')).toHaveText('0');
    await expect(page.getByTestId('sgd-undefined')).toBeVisible();
    await expect(page.getByTestId('curve-sgd')).toHaveCount(0);
  });

  test('same compute: K SGD steps on fresh batches beat K proximal steps on one; not per example', async ({
    page,
  }) => {
    await openPanel(page, '#/proximal');
    const caption = page.getByTestId('same-compute-caption');
    await expect(caption).toContainText('SGD on 100 fresh batches is ahead on held-out data');
    await expect(caption).toContainText('data throughput');
    await expect(caption).toContainText('SGD drew 800 examples, the proximal method 8');
    await expect(page.getByTestId('same-compute-chart').locator('path')).toHaveCount(2);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    const data = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    const sc = data.sameCompute;
    expect(sc.gradientEvaluations).toHaveLength(101);
    expect(sc.proximal).toHaveLength(101);
    expect(sc.sgd).toHaveLength(101);
    expect(sc.proximal[0]).toBe(sc.sgd[0]);
    expect(sc.sgd[100]).toBeLessThan(sc.proximal[100]);
    expect(data.sgd.learningRate).toBeCloseTo(1 / 3, 12);
    // Scarce data: SGD's pool is the proximal batch itself (8 examples), its batches repeat.
    await setRange(page, 'pool', 93);
    await expect(page.getByTestId('pool-value')).toHaveText('8');
    expect((await settledParams(page)).get('pool')).toBe('8');
    await expect(caption).toContainText('SGD drew the same 8 examples as the proximal method');
    await expect(caption).toContainText('the same batch 100 times');
  });

  test('sequence mode compares proximal steps with SGD on the same batches', async ({ page }) => {
    await openPanel(page, '#/proximal?steps=40');
    await page.getByTestId('seq-toggle').check();
    await expect.poll(() => hashParams(page).get('seq')).toBe('8');
    await expect(page.getByTestId('sequence-view')).toBeVisible();
    await expect(page.getByTestId('sequence-caption')).toContainText('SGD: new-region loss');
    await expect(page.getByTestId('seq-old').locator('path')).toHaveCount(3);
    await page.getByTestId('seq-toggle').uncheck();
    await expect(page.getByTestId('sequence-view')).toHaveCount(0);
    expect((await settledParams(page)).get('seq')).toBe('0');
  });

  test('bad values fall back with a notice; λ’s at 0 say there is no NGD step', async ({
    page,
  }) => {
    await page.goto('./#/proximal?lfsd=banana&steps=9999&lwsd=0&fsd=nope');
    await expect(page.getByTestId('main-plot')).toBeVisible();
    await expect(page.locator('.notices')).toContainText('λ_FSD “banana” is not a number');
    await expect(page.locator('.notices')).toContainText('clamped to 200');
    await setRange(page, 'lfsd', -1);
    await expect(page.getByTestId('ngd-undefined')).toBeVisible();
    await expect(page.getByTestId('caption')).toContainText('there is no NGD step');
    await expect(page.getByTestId('curve-ngd')).toHaveCount(0);
  });

  test('presets: NGD matches the proximal step when it is small and departs when it is large', async ({
    page,
  }) => {
    await openPanel(page, '#/proximal');
    await page.getByTestId('preset-small').click();
    await expect.poll(() => hashParams(page).get('lfsd')).toBe('300');
    await expect(page.getByTestId('caption')).toContainText('NGD is its first-order approximation');
    expect(Number(await page.getByTestId('ngd-departure').textContent())).toBeLessThan(0.05);
    await page.getByRole('button', { name: 'Large step: NGD departs' }).click();
    await expect.poll(() => hashParams(page).get('lfsd')).toBe('0.3');
    await expect(page.getByTestId('caption')).toContainText('the linearized loss misleads');
    expect(Number(await page.getByTestId('ngd-departure').textContent())).toBeGreaterThan(1);
  });

  test('embed mode renders only the panel', async ({ page }) => {
    await page.goto('./#/embed/proximal?lfsd=1');
    await expect(page.getByTestId('embed-root')).toBeVisible();
    await expect(page.getByTestId('main-plot')).toBeVisible();
    await expect(page.getByTestId('caption')).not.toBeEmpty();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await page.setViewportSize({ width: 480, height: 900 });
    const w = await page
      .getByTestId('plot-both')
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(w).toBeLessThanOrEqual(480);
  });

  test('axe finds no accessibility violations, with the sequence mode on', async ({ page }) => {
    await openPanel(page, '#/proximal?seq=4&steps=30');
    await expect(page.getByTestId('sequence-view')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

  test('an embed can show only chosen controls', async ({ page }) => {
    await page.goto('./#/embed/proximal?controls=lfsd,fsd');
    await expect(page.getByTestId('main-plot')).toBeVisible();
    await expect(page.getByTestId('lfsd')).toBeVisible();
    await expect(page.getByTestId('fsd-batch')).toBeVisible();
    await expect(page.getByTestId('lwsd')).toBeHidden();
    await expect(page.getByTestId('method')).toBeHidden();
  });
});
