import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, openPanel, setRange } from './helpers';

const num = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).textContent());

test.describe('Invariance panel', () => {
  test('undamped Newton overlays to rounding; gradient descent does not', async ({ page }) => {
    await openPanel(page, '#/invariance?problem=rosenbrock&eta=0');
    for (const m of ['newton', 'gn', 'ngd']) {
      await expect(page.getByTestId(`dev-${m}`)).toHaveAttribute('data-verdict', 'invariant');
      expect(await num(page, `dev-${m}-max`)).toBeLessThan(1e-10);
    }
    await expect(page.getByTestId('dev-gd')).toHaveAttribute('data-verdict', 'not-invariant');
    expect(await num(page, 'dev-gd-max')).toBeGreaterThan(0.05);
    await expect(page.getByTestId('caption')).toContainText('overlay to rounding');
    await expect(page.getByTestId('caveat')).toContainText('only for the undamped algorithms');
  });

  test('damping breaks invariance, more as η grows; the η plot is log-log', async ({ page }) => {
    await openPanel(page, '#/invariance?problem=rosenbrock&eta=0');
    await expect(page.getByTestId('deviation-chart')).toBeVisible();
    await setRange(page, 'eta', 40);
    await expect(page.getByTestId('dev-newton')).toHaveAttribute('data-verdict', 'not-invariant');
    const small = await num(page, 'dev-newton-rel');
    await setRange(page, 'eta', 160);
    await expect.poll(() => num(page, 'dev-newton-rel')).toBeGreaterThan(small);
    expect(Number((await settledParams(page)).get('eta'))).toBeGreaterThan(0);
    await expect(page.getByTestId('caption')).toContainText('damping measures steps');
  });

  test('dragging a column of M updates both plots and the URL', async ({ page }) => {
    await openPanel(page, '#/invariance?problem=quadratic&kappa=20');
    const phiBefore = await page
      .getByTestId('traj-phi-gd')
      .getByTestId('traj-line')
      .getAttribute('d');
    const box = (await page.getByTestId('m1-handle').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2 - 50, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => hashParams(page).get('m1')).not.toBe('1.6,-0.3');
    await expect
      .poll(() => page.getByTestId('traj-phi-gd').getByTestId('traj-line').getAttribute('d'))
      .not.toBe(phiBefore);
    await expect(page.getByTestId('dev-newton')).toHaveAttribute('data-verdict', 'invariant');
  });

  test('M and c round-trip through the URL; rotations keep even GD invariant', async ({
    page,
    browser,
  }) => {
    const hash = '#/invariance?problem=himmelblau&m1=2,0.5&m2=-0.3,0.9&c=0.5,-1&eta=0';
    await openPanel(page, hash);
    await expect(page.getByTestId('M-11')).toHaveValue('2');
    await expect(page.getByTestId('M-12')).toHaveValue('-0.3');
    await expect(page.getByTestId('M-v1')).toHaveValue('0.5');
    const text = await page.getByTestId('deviation-table').textContent();
    const other = await browser.newPage({ viewport: page.viewportSize()! });
    await other.goto(page.url());
    await expect(other.getByTestId('deviation-table')).toHaveText(text!);
    expect((await settledParams(other)).toString()).toBe((await settledParams(page)).toString());
    await other.close();

    await page.getByTestId('m-preset-rotate').click();
    await expect(page.getByTestId('dev-gd')).toHaveAttribute('data-verdict', 'invariant');
    await expect(page.getByTestId('m-info')).toContainText('rotation');
  });

  test('Gauss-Newton and natural gradient are "not defined" on the saddle', async ({ page }) => {
    await openPanel(page, '#/invariance?problem=saddle');
    await expect(page.getByTestId('dev-gn')).toContainText('not defined');
    await expect(page.getByTestId('dev-ngd')).toContainText('not defined');
    await expect(page.getByTestId('model-note')).toContainText('Not defined');
    await expect(page.getByTestId('show-gn')).toBeDisabled();
  });

  test('"Download data" includes both trajectories and the deviation', async ({ page }) => {
    await openPanel(page, '#/invariance?problem=rosenbrock&eta=0&steps=30');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    expect(download.suggestedFilename()).toBe('curvature-lab-invariance.json');
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.panel).toBe('invariance');
    expect(data.map.M).toEqual([1.6, 0.5, -0.3, 0.7]);
    const newton = data.runs.find((r: { method: string }) => r.method === 'newton');
    expect(newton.theta.iterates[0]).toEqual([-1.2, 1]);
    expect(newton.phiMappedToTheta.length).toBe(newton.phi.iterates.length);
    expect(newton.deviation.max).toBeLessThan(1e-10);
    expect(newton.verdict).toBe('invariant');
    const gd = data.runs.find((r: { method: string }) => r.method === 'gd');
    expect(gd.verdict).toBe('not-invariant');
    expect(data.sweep.eta.length).toBe(data.sweep.relativeDeviation.newton.length);
  });

  test('a steps change: the runs at once, the deviation sweep from the worker after', async ({
    page,
  }) => {
    await openPanel(page, '#/invariance?problem=rosenbrock&eta=0.01&steps=10');
    const curve = page.getByTestId('deviation-chart').locator('path').first();
    const before = await curve.getAttribute('d');
    await page.getByTestId('steps').focus();
    await page.keyboard.press('End'); // 500 steps: past every horizon of the sweep
    await expect.poll(() => curve.getAttribute('d')).not.toBe(before);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.params.steps).toBe(500);
    expect(data.sweep.eta).toHaveLength(23);
    expect(data.sweep.relativeDeviation.newton).toHaveLength(23);
  });
});
