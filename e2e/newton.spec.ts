import { expect, test } from '@playwright/test';
import { hashParams, openPanel, status } from './helpers';

test.describe('Newton panel', () => {
  test('dragging the start point updates trajectories, URL and the Taylor model', async ({
    page,
  }) => {
    await openPanel(page, '#/newton?problem=rosenbrock&x0=-1.2,1');
    await expect(page.getByTestId('taylor-contours')).toBeAttached();
    const before = await page.getByTestId('traj-newton').getByTestId('traj-line').getAttribute('d');
    const handle = page.getByTestId('start-handle');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => hashParams(page).get('x0')).not.toBe('-1.2,1');
    await expect
      .poll(() => page.getByTestId('traj-newton').getByTestId('traj-line').getAttribute('d'))
      .not.toBe(before);
  });

  test('keyboard moves the start point', async ({ page }) => {
    await openPanel(page, '#/newton?problem=quadratic&x0=-2,1.5');
    await page.getByTestId('start-handle').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    // The address bar is written once the presses settle: wait for it.
    const start = () => hashParams(page).get('x0')!.split(',').map(Number);
    await expect.poll(() => start()[1]).toBeGreaterThan(1.6);
    const [x, y] = start();
    expect(x).toBeGreaterThan(-2);
    expect(x).toBeLessThan(-1.9); // 1% of the view
    expect(y).toBeGreaterThan(1.6); // Shift: 10% of the view
  });

  test('Newton solves the quadratic in one step; the caption says so', async ({ page }) => {
    await openPanel(page, '#/newton?problem=quadratic&kappa=50&x0=-2,1.5&show=gd,newton');
    await expect(status(page, /^Newton/)).toHaveText('converged in 1');
    await expect(page.getByTestId('caption')).toContainText(
      'Newton converged to a minimum in 1 step.',
    );
    await expect(page.getByTestId('readout-descent')).toContainText('a descent direction');
  });

  test('saddle: undamped Newton heads to the saddle, the PD variant descends', async ({ page }) => {
    await openPanel(page, '#/newton?problem=saddle&x0=1.5,0.25&show=newton,pd-newton');
    await expect(page.getByTestId('caption')).toContainText('Newton converged to a saddle point');
    await expect(page.getByTestId('caption')).toContainText(
      'Saddle-free Newton (C = |H|) converged to a minimum',
    );
    await expect(page.getByTestId('caption')).toContainText(
      'saddle-free Newton (C = |H|, Dauphin et al., 2014): beyond the lecture',
    );
    await expect(page.getByTestId('caption')).toContainText('unbounded below');
  });

  test('step controls move the analysed iterate', async ({ page }) => {
    await openPanel(page, '#/newton?problem=rosenbrock&x0=-1.2,1&k=0');
    await expect(page.getByTestId('k-readout')).toContainText('k = 0');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('k-readout')).toContainText('k = 2');
    await expect(page.getByTestId('live-rule')).toContainText('w(3)');
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(page.getByTestId('k-readout')).toContainText('k = 1');
    await page.getByRole('button', { name: 'Reset to the start point' }).click();
    await expect(page.getByTestId('k-readout')).toContainText('k = 0');
    await expect(page.getByTestId('slice-view')).toContainText('next Newton iterate');
  });

  test('loss per iteration: every shown method, and the descent step that raised the loss', async ({
    page,
  }) => {
    await openPanel(page, '#/newton?problem=rosenbrock&x0=-1.2,1&show=gd,newton,pd-newton');
    const strip = page.getByTestId('loss-strip');
    await expect(strip.getByRole('heading')).toHaveText('Loss per iteration');
    // One line per shown method, a dot per marked step: Newton's steps 2 and 4, Gauss-Newton's 1.
    await expect(strip.locator('path[stroke-width="2.2"]')).toHaveCount(3);
    await expect(strip.locator('circle')).toHaveCount(3);
    await expect(strip.locator('title', { hasText: 'Gauss-Newton (C = G)' })).toHaveText(
      'Gauss-Newton (C = G): a descent direction, yet the loss went up at step 1',
    );
    await expect(page.getByTestId('caption')).toContainText(
      'Gauss-Newton (C = G): a descent direction, yet the loss went up at step 1.',
    );
    await expect(page.getByTestId('caption')).toContainText('as the lecture suggests (C = G)');
    await expect(page.getByTestId('show-pd-newton').locator('..')).toContainText(
      'Gauss-Newton (C = G)',
    );
    // Hiding a method removes its line and its dot.
    await page.getByTestId('show-pd-newton').uncheck();
    await expect(strip.locator('circle')).toHaveCount(2);
  });
});
