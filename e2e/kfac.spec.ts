import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, openPanel, setRange } from './helpers';

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  return {
    name: file.suggestedFilename(),
    data: JSON.parse(readFileSync((await file.path())!, 'utf8')),
  };
}

test.describe('K-FAC panel', () => {
  test('editing an entry of A updates A ⊗ B, the checks and the URL', async ({ page }) => {
    await openPanel(page, '#/kfac?view=kron&A=2,1_1,3&B=1,0.5_0.5,2&X=1,0_2,1');
    const K = page.getByTestId('main-plot');
    // Block (1,1) of A ⊗ B is a11 · B = 2 · B: its top-left entry is 2.
    await expect(K.locator('text').first()).toHaveText('2');
    await expect(page.getByTestId('caption')).toContainText('All 9 checks agree to rounding');
    const a11 = page.getByTestId('matrix-A-0-0');
    await a11.fill('-4');
    await expect(K.locator('text').first()).toHaveText('-4');
    await expect.poll(() => hashParams(page).get('A')).toBe('-4,1_1,3');
    await expect(page.getByTestId('caption')).toContainText('negative');
    // Focusing an entry of A highlights the block it scales.
    await page.getByTestId('matrix-A-1-0').focus();
    await expect(page.getByTestId('block-readout')).toContainText('block (2, 1) = a21 · B = 1 · B');
    await expect(page.getByTestId('main-plot-highlight')).toBeVisible();
    // A singular A: the inverse check explains itself instead of failing.
    await page.getByTestId('matrix-A-0-0').fill('0.5');
    await page.getByTestId('matrix-A-0-1').fill('1');
    await page.getByTestId('matrix-A-1-1').fill('2');
    await page.getByTestId('matrix-A-1-0').fill('1');
    await expect(page.getByTestId('kron-checks')).toContainText('A is singular');
  });

  test('resizing B and the vec picture; a bad matrix in the URL shows a notice', async ({
    page,
  }) => {
    await openPanel(page, '#/kfac?view=kron&A=1,2_3,banana');
    await expect(page.getByRole('alert').first()).toContainText('not a number');
    await page.getByTestId('size-B').selectOption('2');
    await expect(page.getByTestId('main-plot').locator('svg').first().locator('text')).toHaveCount(
      16,
    );
    await expect(page.getByTestId('vec-x')).toContainText('x21');
    await page.getByRole('button', { name: 'Symmetrize A' }).click();
    await expect(page.getByTestId('kron-eigen')).toContainText('holds');
  });

  test('the linear-network toggle drives the K-FAC error to ~0', async ({ page }) => {
    await openPanel(page, '#/kfac?view=curvature&sizes=3,4,3&act=tanh&loss=squared-error');
    await expect(page.getByTestId('err-step2')).not.toContainText('exact');
    await page.getByTestId('linear-toggle').check();
    await expect(page.getByTestId('err-step2')).toContainText('0 (exact to rounding)');
    await expect(page.getByTestId('block-error-1')).toContainText('0 (exact');
    await expect(page.getByTestId('caption')).toContainText('deep linear network');
    expect((await settledParams(page)).get('act')).toBe('linear');
    await page.getByTestId('linear-toggle').uncheck();
    await expect(page.getByTestId('err-step2')).not.toContainText('exact');
  });

  test('URL round-trip, size calculator, bad widths and download', async ({ page }) => {
    const hash =
      '#/kfac?view=curvature&sizes=2,3,2&act=relu&loss=softmax-ce&batch=8&seed=3&gamma=0.5&layer=2&widths=1000,1000,1000,1000';
    await openPanel(page, hash);
    await page.reload();
    await expect(page.getByTestId('main-plot')).toBeVisible();
    for (const [k, v] of [
      ['sizes', '2,3,2'],
      ['act', 'relu'],
      ['loss', 'softmax-ce'],
      ['batch', '8'],
      ['gamma', '0.5'],
      ['layer', '2'],
    ]) {
      expect((await settledParams(page)).get(k)).toBe(v);
    }
    await expect(page.getByTestId('act')).toHaveValue('relu');
    await expect(page.getByTestId('size-full')).toContainText('9 trillion');
    await expect(page.getByTestId('size-block')).toContainText('3 trillion');
    await expect(page.getByTestId('size-K-FAC')).toContainText('6 million');
    await expect(page.getByTestId('solve-view')).toContainText('Layer 2');
    const diff = Number(await page.getByTestId('solve-diff').textContent());
    expect(diff).toBeLessThan(1e-10);
    await page.getByTestId('sizes').fill('3,x');
    await page.getByTestId('sizes').press('Enter');
    await expect(page.getByRole('alert').first()).toContainText('whole number');
    const { name, data } = await download(page);
    expect(name).toBe('curvature-lab-kfac-curvature.json');
    expect(data.view).toBe('curvature');
    expect(data.G.length).toBe(data.paramCount);
    expect(data.blocks[0].A.length).toBe(3);
    expect(data.sizes.full).toBe(9e12);
  });

  test('kron download has the matrices; embed mode works', async ({ page }) => {
    await openPanel(page, '#/kfac?view=kron&A=2,1_1,3&B=1,0_0,2');
    const { data } = await download(page);
    expect(data.A).toEqual([
      [2, 1],
      [1, 3],
    ]);
    expect(data.kron[0]).toEqual([2, 0, 1, 0]);
    expect(data.checks.eigen.products.length).toBe(4);
    await page.goto('./#/embed/kfac?view=curvature&act=linear');
    await expect(page.getByTestId('embed-root')).toBeVisible();
    await expect(page.getByTestId('err-step2')).toContainText('0 (exact');
  });

  test('training runs in the worker, can be paused and resumed, and downloads its curves', async ({
    page,
  }) => {
    await page.goto('./#/kfac?view=train&preset=autoencoder&iters=300&tbatch=32');
    await expect(page.getByTestId('caption')).toContainText('Press Start');
    const progress = async () =>
      Number(/^(\d+)/.exec((await page.getByTestId('train-progress').textContent()) ?? '')?.[1]);
    await page.getByTestId('train-play').click();
    await expect.poll(progress).toBeGreaterThan(20);
    await page.getByTestId('train-play').click(); // pause
    await expect(page.getByTestId('train-play')).toHaveText('Resume');
    const paused = await progress();
    await page.waitForTimeout(400);
    expect(await progress()).toBeLessThanOrEqual(paused + 60); // at most the chunk in flight
    const settled = await progress();
    await page.waitForTimeout(300);
    expect(await progress()).toBe(settled);
    await expect(page.getByTestId('caption')).toContainText('iterations each');
    await expect(page.getByTestId('cost-table')).toContainText('K-FAC step ÷ SGD step');
    await page.getByTestId('train-play').click(); // resume to the end
    await expect(page.getByTestId('train-progress')).toContainText('(done)', { timeout: 60_000 });
    // Every comparison is a ratio of this run's losses at a named iteration or compute time.
    const caption = page.getByTestId('caption');
    await expect(caption).toContainText(/At iteration 30 .*training loss is [\d.]+× lower than/);
    await expect(caption).toContainText(/At iteration 300 /);
    await expect(caption).toContainText(/Within the same [\d.]+ ms of compute/);
    await expect(page.getByTestId('preset-why')).toContainText(
      'Our hypothesis (the lecture defers the why)',
    );
    const { name, data } = await download(page);
    expect(name).toBe('curvature-lab-kfac-train.json');
    expect(data.kfac.steps).toBe(300);
    expect(data.hf.steps).toBeGreaterThan(0);
    expect(data.sgd.curve.loss.length).toBe(data.sgd.curve.steps.length);
    expect(data.kfac.curve.loss.at(-1)).toBeLessThan(data.kfac.curve.loss[0]);
    // The diagonal pullback-sampling preconditioner runs alongside, as the issue asks.
    expect(data.pst.steps).toBe(300);
    expect(data.pst.emaDecay).toBe(0.95);
    expect(data.pst.curve.loss.at(-1)).toBeLessThan(data.pst.curve.loss[0]);
    await expect(page.locator('.legend')).toContainText('Diagonal PST');
    expect((await settledParams(page)).get('preset')).toBe('autoencoder');
  });

  test('vec(u vᵀ) = v ⊗ u, the mixed product with C and D, and ⊗ keeping structure', async ({
    page,
  }) => {
    await openPanel(page, '#/kfac?view=kron&A=2,1_1,3&B=1,0.5_0.5,2&u=1,-2&v=3,0.5,-1');
    const more = page.getByTestId('kron-more');
    await expect(more.getByTestId('outer-status')).toContainText('✓ holds');
    await expect(more.getByTestId('outer-formula')).toContainText('v⊗u=(3, −6, 0.5, −1, −1, 2)');
    await page.getByTestId('vector-u-1-0').fill('4');
    await expect.poll(() => hashParams(page).get('u')).toBe('1,4');
    await expect(more.getByTestId('outer-formula')).toContainText('v⊗u=(3, 12, 0.5, 2, −1, −4)');
    // C follows A's size; editing it keeps the identity.
    await page.getByTestId('matrix-C-0-1').fill('-3');
    await expect.poll(() => hashParams(page).get('C')).toBe('0,-3_-1,0.5');
    await expect(more.getByTestId('mixed-status')).toContainText('✓ holds');
    await page.getByTestId('size-A').selectOption('3');
    await expect(page.getByTestId('matrix-C-2-2')).toBeVisible();
    await expect.poll(() => hashParams(page).get('C')).toBe('0,-3,0_-1,0.5,0_0,0,1');
    // Structure: A is not orthogonal; making both orthogonal makes A ⊗ B orthogonal.
    await page.getByTestId('structure').selectOption('orthogonal');
    await expect(page.getByTestId('structure-caption')).toContainText('does not apply');
    await page.getByTestId('make-structure').click();
    await expect
      .poll(() => hashParams(page).get('A'))
      .toBe('0.36,0.48,-0.8_-0.8,0.6,0_0.48,0.64,0.6');
    await expect(page.getByTestId('structure-caption')).toContainText('A and B are orthogonal');
    await expect(page.getByTestId('structure-caption')).toContainText('as the slide says');
    const { data } = await download(page);
    expect(data.structure.property).toBe('orthogonal');
    expect(data.structure.kron.has).toBe(true);
    expect(data.checks.vecOuter.lhs).toEqual(data.checks.vecOuter.rhs);
    expect(data.checks.mixedProductCD.maxDiff).toBeLessThan(1e-12);
    expect(data.u).toEqual([1, 4]);
  });

  test('a change of N: the exact blocks in the frame of the change, the sampled S after it', async ({
    page,
  }) => {
    await openPanel(page, '#/kfac?view=curvature&sizes=3,4,3&act=tanh&loss=squared-error&m=16');
    const sampledCaption = page.getByTestId('sampled-caption');
    await expect(sampledCaption).toContainText('over the N = 16 examples (256 sampled Ds');
    // Set N = 4 and read the block errors in the very next animation frame, before it is painted:
    // a result that came from the worker would arrive after that frame.
    const [before, after] = await page.getByTestId('batch').evaluate(async (el) => {
      const errors = () =>
        ['err-step1', 'err-step2', 'block-errors']
          .map((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent)
          .join(' | ');
      const was = errors();
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '4');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return [was, errors()];
    });
    expect(after).not.toBe(before);
    // The sampled estimate follows from the worker, and its caption names the network it is of.
    await expect(sampledCaption).toContainText('over the N = 4 examples (64 sampled Ds');
    await expect(page.getByTestId('sampled-s').locator('xpath=..')).toHaveAttribute(
      'aria-busy',
      'false',
    );
    const { data } = await download(page);
    expect(data.params.batch).toBe(4);
    expect(data.sampledS.samples).toBe(16);
  });

  test('sampled S: the error of Ŝ against m next to the approximation error', async ({ page }) => {
    await openPanel(page, '#/kfac?view=curvature&sizes=3,4,3&act=tanh&loss=squared-error&m=16');
    const view = page.getByTestId('sampled-s');
    await expect(view.getByTestId('dominant-1')).toHaveText('approx.');
    await expect(view.getByTestId('dominant-2')).toHaveText('sampling');
    await expect(page.getByTestId('sampled-caption')).toContainText(
      'With m = 16 sampled backward passes over the N = 16 examples (256 sampled Ds per layer)',
    );
    const before = await view.getByTestId('sampled-error-1').textContent();
    await setRange(page, 'm', 280);
    await expect(page.getByTestId('m-value')).toHaveText('256');
    await expect.poll(() => hashParams(page).get('m')).toBe('256');
    await expect(view.getByTestId('sampled-error-1')).not.toHaveText(before!);
    const { data } = await download(page);
    expect(data.sampledS.samples).toBe(256);
    expect(data.sampledS.relError).toHaveLength(2);
    expect(data.sampledS.approximationError[1]).toBeLessThan(1e-10);
    expect(data.sampledS.sweep.samples).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
    expect(data.sampledS.sweep.relError.at(-1)).toEqual(data.sampledS.relError);
  });
});
