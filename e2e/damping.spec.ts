import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openPanel, setRange, settledParams, status } from './helpers';

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
    expect(Number((await settledParams(page)).get('eta'))).toBeGreaterThan(0);
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

  test('η = 0.01 from (2.3, 0.5): the damped run is cycling, and the caption and cobweb say why', async ({
    page,
  }) => {
    await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.01&steps=60');
    await expect(status(page, /Damped Newton/)).toHaveText('cycling (period 2)');
    const caption = page.getByTestId('caption');
    await expect(caption).toContainText('Damped Newton is cycling: for its last 12 steps');
    await expect(caption).toContainText(
      'Damped Newton: a descent direction, yet the loss went up at steps 2, 3, 4, 5 and 27 more',
    );
    await expect(caption).toContainText('For η = 0.01 < η* = 0.08695');
    await expect(caption).toContainText('x₁⁽⁰⁾ = 2.3 lies between them');
    // The η* landmark on the slider.
    await expect(page.locator('[data-control=eta] .slider-mark')).toHaveText('η* ≈ 0.087');
    // The cobweb: both maps, the staircase, the 2-cycles in the legend.
    const cobweb = page.getByTestId('cobweb');
    await expect(cobweb.getByTestId('cobweb-damped')).toHaveAttribute('d', /^M/);
    await expect(cobweb.getByTestId('cobweb-staircase')).toHaveAttribute('d', /^M/);
    await expect(cobweb.getByTestId('cobweb-legend')).toContainText('its 2-cycles ±2.278, ±50');
    await expect(cobweb.getByTestId('cobweb-legend')).toContainText('±x* = ±2.17732');
    const whole = await cobweb.getByTestId('cobweb-staircase').getAttribute('d');
    await cobweb.getByRole('button', { name: 'Near the minimum' }).click();
    await expect(cobweb.getByTestId('cobweb-staircase')).not.toHaveAttribute('d', whole!);

    // Above η* the cycle is gone: the run converges and the caption says every step shrinks |x|.
    await setRange(page, 'eta', 132); // 40 notches a decade from 10⁻⁴: η = 0.2
    await expect(page.getByTestId('eta-value')).toHaveText('0.2');
    await expect(status(page, /Damped Newton/)).toHaveText(/converged in \d+/);
    await expect(caption).toContainText('has no 2-cycle: every step shrinks |x|');
    await expect(cobweb.getByTestId('cobweb-legend')).toContainText('no 2-cycle');
  });

  test('the cycling status, the loss rises and the cobweb are in the downloaded data', async ({
    page,
  }) => {
    await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.01&steps=60');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-data').click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const damped = data.runs.find((r: { method: string }) => r.method === 'damped-newton');
    expect(damped).toMatchObject({
      status: 'cycling',
      steps: 60,
      cycle: { period: 2, window: 12 },
    });
    expect(damped.lossUpSteps.slice(0, 5)).toEqual([2, 3, 4, 5, 7]);
    for (const k of damped.lossUpSteps) expect(damped.loss[k]).toBeGreaterThan(damped.loss[k - 1]);
    expect(data.cobweb.coordinate).toBe(0);
    expect(data.cobweb.staircase[0]).toBe(2.3);
    expect(data.cobweb.twoCycles.inner).toBeCloseTo(2.278, 3);
    expect(data.cobweb.etaStar).toBeCloseTo(0.0869457988, 9);
    expect(data.pdCurvature).toBe('abs-hessian');
  });

  test('saddle at (0, 0.3), η = 1: the lecture’s bound is not claimed for an indefinite H', async ({
    page,
  }) => {
    await openPanel(page, '#/damping?problem=saddle&x0=0,0.3&eta=1&k=0');
    const caption = page.getByTestId('caption');
    await expect(caption).toContainText('H + ηI is positive definite at iterate 0');
    await expect(caption).toContainText(
      "the factor 1/(ν₁+η) = 3.704 exceeds 1/η = 1, so the lecture's bound ‖Δw‖ ≤ ‖∇J‖/η (for H ⪰ 0) does not apply",
    );
    await expect(caption).toContainText('this step is 1.011 long, more than ‖∇J‖/η = 0.273');
    await expect(caption).not.toContainText('no longer than');
    await expect(page.getByTestId('factor-legend')).toHaveText(
      /1\/\(ν\+η\) \(damped; above 1\/η where ν < 0\)/,
    );
    await expect(page.getByTestId('pd-note')).toContainText(
      'exceeds 1/η = 1, because ν₁ = -0.73 < 0',
    );
    await expect(page.getByTestId('cobweb')).toHaveCount(0);
  });
});
