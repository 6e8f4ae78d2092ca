import { expect, test } from '@playwright/test';
import { hashParams, openPanel, setRange, status } from './helpers';

test.describe('Damping panel', () => {
  test('the slide example: undamped Newton diverges from (2.3, 0.5); damping makes it converge', async ({
    page,
  }) => {
    await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0&steps=60');
    await expect(status(page, /^Newton \(η = 0\)/)).toHaveText(/diverged at step \d+/);
    await expect(status(page, /Damped Newton/)).toHaveText(/diverged/);
    await expect(page.getByTestId('threshold')).toBeVisible();
    await expect(page.getByTestId('caption')).toContainText('beyond |x| = 2.17732');

    // Drag the damping slider to the right: η grows from 0 and the damped run converges.
    await setRange(page, 'eta', 160);
    await expect(page.getByTestId('eta-value')).not.toHaveText('0');
    await expect(status(page, /Damped Newton/)).toHaveText(/converged in \d+/);
    await expect(status(page, /^Newton \(η = 0\)/)).toHaveText(/diverged/);
    await expect(page.getByTestId('caption')).toContainText('Damped Newton converged to a minimum');
    expect(Number(hashParams(page).get('eta'))).toBeGreaterThan(0);
  });

  test('from (2.0, 0.5), inside the threshold, undamped Newton converges', async ({ page }) => {
    await openPanel(page, '#/damping?problem=logistic&x0=2,0.5&eta=0');
    await expect(status(page, /^Newton \(η = 0\)/)).toHaveText(/converged in \d+/);
    await expect(page.getByTestId('caption')).not.toContainText('diverged');
  });

  test('eigenvalue view shows the 1/η cap and labels directions', async ({ page }) => {
    await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.01&k=0');
    const view = page.getByTestId('eigen-view');
    await expect(view).toContainText('1/η = 100');
    await expect(view).toContainText('Newton-like');
    await setRange(page, 'eta', 280);
    await expect(page.getByTestId('eigen-view')).toContainText('GD-like');
    await expect(page.getByTestId('damping-path')).toHaveAttribute('d', /^M/);
  });

  test('indefinite H: the panel says when H + ηI is not positive definite', async ({ page }) => {
    await openPanel(page, '#/damping?problem=saddle&x0=1.5,0.25&eta=0.1&k=0');
    await expect(page.getByTestId('pd-note')).toContainText('not positive definite');
    await setRange(page, 'eta', 200);
    await expect(page.getByTestId('pd-note')).toContainText('is positive definite');
  });
});
