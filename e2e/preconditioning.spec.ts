import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawing, hashParams, settledParams, openPanel, settledDrawing } from './helpers';

const num = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).textContent());

const line = (page: Page, testId: string) =>
  page.getByTestId(testId).getByTestId('traj-line').getAttribute('d');

test.describe('Preconditioning panel', () => {
  test('dragging a column of R updates both plots, κ(H̃) and the URL', async ({ page }) => {
    // A small α keeps GD stable for the dragged R too (α < 2/ν̃_max).
    await openPanel(page, '#/preconditioning?problem=quadratic&kappa=50&preset=sqrt&lr=0.01');
    await expect(page.getByTestId('kappa-htilde')).toHaveText('1');
    await expect(page.getByTestId('kappa-h')).toHaveText('50');
    const wBefore = await line(page, 'traj-direct');
    const tBefore = await line(page, 'traj-tilde');
    // A named preset derives R from the curvature: the link holds inputs only.
    expect((await settledParams(page)).get('r1')).toBeNull();

    const box = (await page.getByTestId('r1-handle').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2 - 45, { steps: 6 });
    await page.mouse.up();

    await expect(page.getByTestId('preset-custom')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => hashParams(page).get('preset')).toBe('custom');
    // A dragged R is an input: now both columns are in the link.
    expect((await settledParams(page)).get('r1')).not.toBeNull();
    expect((await settledParams(page)).get('r2')).not.toBeNull();
    await expect(page.getByTestId('kappa-htilde')).not.toHaveText('1');
    await expect.poll(() => line(page, 'traj-direct')).not.toBe(wBefore);
    await expect.poll(() => line(page, 'traj-tilde')).not.toBe(tBefore);
    // The two routes still coincide, whatever R is.
    expect(await num(page, 'max-distance')).toBeLessThan(1e-12);
    await expect(page.getByTestId('caption')).toContainText('rounding error');
  });

  test('choosing "Cholesky" gives κ(H̃) = 1 on a quadratic, and one step at the best α', async ({
    page,
  }) => {
    await openPanel(page, '#/preconditioning?problem=quadratic&kappa=50&preset=identity');
    await expect(page.getByTestId('kappa-htilde')).toHaveText('50');
    await page.getByTestId('preset-cholesky').click();
    await expect(page.getByTestId('kappa-htilde')).toHaveText('1');
    await expect(page.getByTestId('rate-before')).toContainText('346');
    await expect(page.getByTestId('rate-after')).toContainText('1');
    expect((await settledParams(page)).get('preset')).toBe('cholesky');
    // Lower-triangular R: its (1,2) entry is 0.
    await expect(page.getByTestId('R-12')).toHaveValue('0');
    await expect(page.getByTestId('caption')).toContainText('H̃ = RᵀHR = I');
  });

  test('R and b round-trip through the URL; typed entries update it', async ({ page, browser }) => {
    const hash =
      '#/preconditioning?problem=quadratic&kappa=20&preset=custom&r1=0.5,0.1&r2=-0.2,0.8&b=0.3,-0.4';
    await openPanel(page, hash);
    await expect(page.getByTestId('R-11')).toHaveValue('0.5');
    await expect(page.getByTestId('R-21')).toHaveValue('0.1');
    await expect(page.getByTestId('R-12')).toHaveValue('-0.2');
    await expect(page.getByTestId('R-v2')).toHaveValue('-0.4');
    expect((await settledParams(page)).get('r2')).toBe('-0.2,0.8');
    const kappaBefore = (await page.getByTestId('kappa-htilde').textContent())!;
    await page.getByTestId('R-22').fill('0.25');
    await page.getByTestId('R-22').press('Enter');
    await expect.poll(() => hashParams(page).get('r2')).toBe('-0.2,0.25');
    await expect(page.getByTestId('kappa-htilde')).not.toHaveText(kappaBefore);
    const kappa = await page.getByTestId('kappa-htilde').textContent();

    const other = await browser.newPage({ viewport: page.viewportSize()! });
    await other.goto(page.url());
    await expect(other.getByTestId('kappa-htilde')).toHaveText(kappa!);
    await expect(other.getByTestId('R-22')).toHaveValue('0.25');
    expect((await settledParams(other)).toString()).toBe((await settledParams(page)).toString());
    const svgA = await settledDrawing(page, 'tilde-plot');
    await expect.poll(() => drawing(other, 'tilde-plot')).toBe(svgA);
    await other.close();
  });

  test('a diagonal R fixes the axis-aligned quadratic, not the 45° one', async ({ page }) => {
    await openPanel(page, '#/preconditioning?problem=quadratic&kappa=100&preset=sqrt');
    await page.getByRole('button', { name: 'Axis-aligned + diagonal R' }).click();
    await expect(page.getByTestId('preset-jacobi')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('kappa-htilde')).toHaveText('1');
    await expect(page.getByTestId('diag-row-0')).toContainText(/100\s*1$/);
    await page.getByRole('button', { name: 'Rotated 45° + diagonal R' }).click();
    await expect(page.getByTestId('kappa-htilde')).toHaveText('100');
    await expect(page.getByTestId('diag-row-2')).toContainText(/100\s*100$/);
    expect((await settledParams(page)).get('angle')).toBe('45');
  });

  test('R following the iterate is Newton’s method, and the panel says so', async ({ page }) => {
    await openPanel(page, '#/preconditioning?problem=rosenbrock&preset=sqrt&curv=iterate&lr=1');
    await expect(page.getByTestId('caption')).toContainText('this is Newton’s method');
    await expect(page.locator('.legend li').first()).toContainText('converged in 7');
    expect(await num(page, 'max-distance')).toBeLessThan(1e-9);
    await page.getByTestId('follow').uncheck();
    await expect(page.getByTestId('caption')).toContainText('curvature at the start point');
    expect((await settledParams(page)).get('curv')).toBe('start');
  });

  test('"Download data" includes both trajectories and their distance', async ({ page }) => {
    await openPanel(page, '#/preconditioning?problem=quadratic&kappa=50&preset=sqrt&show=gd');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    expect(download.suggestedFilename()).toBe('curvature-lab-preconditioning.json');
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.panel).toBe('preconditioning');
    expect(data.params).toMatchObject({ problem: 'quadratic', kappa: 50, preset: 'sqrt' });
    const names = data.runs.map((r: { name: string }) => r.name);
    expect(names).toEqual(['preconditioned-gd', 'gd-in-tilde', 'plain-gd']);
    const [direct, tilde] = data.runs;
    expect(direct.iterates[0]).toEqual([-2, 1.5]);
    expect(tilde.iterates.length).toBe(direct.iterates.length);
    expect(tilde.tildeIterates.length).toBe(tilde.iterates.length);
    expect(data.distance.max).toBeLessThan(1e-12);
    expect(data.iterate.kappaTilde).toBeCloseTo(1, 10);
    expect(data.quadratic.before.stepsMeasured).toBe(data.quadratic.before.stepsTheory);
  });
});
