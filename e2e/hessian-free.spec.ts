import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, setRange } from './helpers';

async function open(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hessian-free');
}

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  expect(file.suggestedFilename()).toBe('curvature-lab-hessian-free.json');
  return JSON.parse(readFileSync((await file.path())!, 'utf8'));
}

const progress = async (page: Page) =>
  Number((await page.getByTestId('train-progress-value').textContent())?.replace('%', ''));

test.describe('Hessian-free panel', () => {
  test('2-D model: CG reaches the minimizer in 2 steps, K = 1 CG is exact-line-search GD', async ({
    page,
  }) => {
    await open(page, '#/hessian-free?problem=quadratic&kappa=10&w=-1.2,1&steps=20');
    await expect(page.getByTestId('traj-cg')).toHaveAttribute('data-points', '3');
    await expect(page.getByTestId('traj-gd-fixed')).toHaveAttribute('data-points', '21');
    const caption = page.getByTestId('caption');
    await expect(caption).toContainText("CG reaches the model's minimizer in 2 steps");
    await expect(caption).toContainText('K = 1 CG is steepest descent');
    // Damping changes the model: the formula's C changes and the URL follows.
    const tex = await page.getByTestId('live-formula').getAttribute('aria-label');
    await setRange(page, 'damp', 200);
    await expect
      .poll(() => page.getByTestId('live-formula').getAttribute('aria-label'))
      .not.toBe(tex);
    expect(Number((await settledParams(page)).get('damp'))).toBeGreaterThan(0);
    // A singular Gauss-Newton matrix without damping is explained, not crashed on.
    await open(page, '#/hessian-free?problem=himmelblau&w=0.5,0.5&damp=0');
    await expect(page.getByTestId('caption')).toContainText('not positive definite');
  });

  test('the κ slider changes the scaling plots; few distinct eigenvalues stop CG early', async ({
    page,
  }) => {
    await open(page, '#/hessian-free?skappa=1000&n=100&spectrum=uniform');
    const gapPath = page.getByTestId('gap-chart').locator('path').nth(1);
    const before = await gapPath.getAttribute('d');
    await expect(page.getByTestId('scaling-caption')).toContainText('At κ = 1000');
    await setRange(page, 'skappa', 100);
    await expect(page.getByTestId('skappa-value')).not.toHaveText('1000');
    await expect.poll(() => gapPath.getAttribute('d')).not.toBe(before);
    await expect(page.getByTestId('scaling-caption')).not.toContainText('At κ = 1000');
    expect(Number((await settledParams(page)).get('skappa'))).toBeLessThan(1000);
    await page.getByTestId('spectrum').selectOption('few-distinct');
    await expect(page.getByTestId('scaling-caption')).toContainText('has 5 distinct eigenvalues');
    await expect(page.getByTestId('scaling-caption')).toContainText('in 5 iterations');
  });

  test('the default shows the √κ law; uniform beats its bound; Jacobi PCG on the badly scaled model', async ({
    page,
  }) => {
    await open(page, '#/hessian-free');
    const caption = page.getByTestId('scaling-caption');
    await expect(caption).toContainText('— the √κ law of its bound');
    await expect(caption).toContainText('Chebyshev points');
    await expect(page.getByTestId('spectrum')).toHaveValue('chebyshev');
    const pcg = page.getByTestId('pcg-caption');
    await expect(pcg).toContainText("D's entries spread over [1, 100]");
    await expect(pcg).toContainText('Jacobi PCG is blind to D');
    await expect(page.getByTestId('pcg-chart').locator('path')).not.toHaveCount(0);
    const data = await download(page);
    expect(data.params.spectrum).toBe('chebyshev');
    expect(data.scaling.slopes.cg).toBeGreaterThanOrEqual(0.4);
    expect(data.scaling.slopes.cg).toBeLessThanOrEqual(0.6);
    expect(data.scaling.slopes.gd).toBeGreaterThan(0.9);
    expect(data.scaling.diagonalScale).toBe(100);
    const to = (g: number[]) => g.findIndex((v) => v <= data.scaling.tolerance);
    // Jacobi PCG on DAD needs about what CG needs on A; plain CG on DAD far more.
    expect(Math.abs(to(data.scaling.pcgGap) - to(data.scaling.cgGap))).toBeLessThanOrEqual(3);
    const scaled = to(data.scaling.scaledCgGap);
    expect(scaled < 0 || scaled > 3 * to(data.scaling.pcgGap)).toBe(true);

    await page.getByTestId('spectrum').selectOption('uniform');
    await expect(caption).toContainText('on this spectrum CG beats its bound');
    await expect(caption).toContainText('superlinear convergence');
    expect((await settledParams(page)).get('spectrum')).toBe('uniform');
    // Far left of the log slider is s = 1: D = I, and the caption says so.
    await setRange(page, 'dscale', 0);
    await expect(pcg).toContainText('With D = I the model is A itself');
    expect((await settledParams(page)).get('dscale')).toBe('1');
  });

  test('training with Martens’ diagonal preconditioner in CG', async ({ page }) => {
    await open(page, '#/hessian-free?view=train&budget=2&arch=spirals');
    await page.getByTestId('precond').check();
    await expect.poll(() => hashParams(page).get('precond')).toBe('on');
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('train-progress-value')).toHaveText('100%', { timeout: 20_000 });
    await expect(page.getByTestId('train-caption')).toContainText('Martens’ diagonal');
    const data = await download(page);
    expect(data.training.config.precondition).toBe(true);
    const hf = data.training.methods.find((m: { method: string }) => m.method === 'hf');
    expect(hf.curve.loss[hf.curve.loss.length - 1]).toBeLessThan(data.training.initialLoss);
  });

  test('training starts, shows progress, pauses, resumes and resets', async ({ page }) => {
    await open(page, '#/hessian-free?view=train&budget=3&arch=curves-ae');
    await expect(page.getByTestId('train-caption')).toContainText('Press Train');
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('train-toggle')).toHaveText(/Pause/);
    await expect.poll(() => progress(page)).toBeGreaterThan(5);
    await expect(page.getByTestId('loss-timeMs')).toBeVisible();
    await expect(page.getByTestId('rho-chart')).toBeVisible();
    await page.getByTestId('train-toggle').click(); // pause
    await expect(page.getByTestId('train-toggle')).toHaveText(/Resume/);
    const paused = await progress(page);
    await page.waitForTimeout(700);
    // At most the chunk that was in flight lands after pausing.
    expect(await progress(page)).toBeLessThanOrEqual(paused + 3);
    await expect(page.getByTestId('train-caption')).toContainText('HF');
    await page.getByTestId('train-toggle').click(); // resume
    await expect(page.getByTestId('train-progress-value')).toHaveText('100%', { timeout: 20_000 });
    await expect(page.getByTestId('train-caption')).toContainText('curvature-vector products');
    const data = await download(page);
    const hf = data.training.methods.find((m: { method: string }) => m.method === 'hf');
    expect(hf.curve.loss.length).toBeGreaterThan(2);
    expect(hf.curve.loss[hf.curve.loss.length - 1]).toBeLessThan(data.training.initialLoss);
    expect(data.training.cg.iterations.length).toBe(hf.steps);
    expect(data.training.cg.lambda.length).toBe(hf.steps);
    expect(data.training.cg.rho.length).toBe(hf.steps);
    expect(data.training.methods.map((m: { method: string }) => m.method)).toEqual([
      'hf',
      'sgd',
      'adam',
    ]);
    await page.getByTestId('train-reset').click();
    await expect(page.getByTestId('train-caption')).toContainText('Press Train');
    await expect(page.getByTestId('train-progress-value')).toHaveText('0%');
  });

  test('URL round-trip, bad values and the download of the model view', async ({ page }) => {
    const hash =
      '#/hessian-free?view=model&problem=rosenbrock&w=-1,1.5&damp=0.5&steps=12&n=60&skappa=300&spectrum=clustered&groups=4&seed=3';
    await open(page, hash);
    await expect(page.getByTestId('problem')).toHaveValue('rosenbrock');
    await expect(page.getByTestId('n-value')).toHaveText('60');
    await expect(page.getByTestId('groups-value')).toHaveText('4');
    const p = hashParams(page);
    expect(p.get('w')).toBe('-1,1.5');
    expect(p.get('spectrum')).toBe('clustered');
    await page.reload();
    await expect(page.getByTestId('skappa-value')).toHaveText('300');
    // "model" is null until the worker has answered (documented): wait for the drawn runs.
    await expect(page.getByTestId('traj-cg')).toHaveAttribute('data-points', /\d/);
    await expect(page.getByTestId('scaling-caption')).toContainText('At κ = 300');
    const data = await download(page);
    expect(data.panel).toBe('hessian-free');
    expect(data.params).toMatchObject({
      problem: 'rosenbrock',
      damp: 0.5,
      n: 60,
      spectrum: 'clustered',
    });
    const cg = data.model.runs.find((r: { method: string }) => r.method === 'cg');
    expect(cg.iterates).toHaveLength(3);
    expect(data.scaling.sweep.kappa.length).toBe(data.scaling.sweep.cgMvps.length);
    expect(data.scaling.n).toBe(60);

    await open(page, '#/hessian-free?n=banana&spectrum=nope&cgmax=9999');
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('Dimension n “banana” is not a number');
    await expect(notices).toContainText('Eigenvalues “nope” is not one of');
    await expect(notices).toContainText('clamped to 250');
  });

  test('embed mode shows the panel alone', async ({ page }) => {
    await page.goto('./#/embed/hessian-free?skappa=100');
    await expect(page.getByTestId('embed-root')).toBeVisible();
    await expect(page.getByTestId('model-plot')).toBeVisible();
    await expect(page.getByTestId('scaling-caption')).toContainText('At κ = 100');
  });
});
