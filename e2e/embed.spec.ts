import { expect, test } from '@playwright/test';

test('the example page: two <curvature-lab> elements and an iframe render three independent panels', async ({
  page,
}) => {
  await page.goto('./embed-example.html');
  const frameOf = (id: string) => page.locator(`#${id}`).locator('iframe');
  const a = page.frameLocator('#lab-a >> iframe');
  const b = page.frameLocator('#lab-b >> iframe');
  const c = page.frameLocator('#lab-c');
  await expect(a.getByTestId('embed-root')).toBeVisible();
  await expect(b.getByTestId('embed-root')).toBeVisible();
  await expect(c.getByTestId('embed-root')).toBeVisible();
  // Shadow-root isolation: the host page's document does not see the panels' DOM.
  expect(await page.locator('[data-testid="main-plot"]').count()).toBe(0);
  expect(
    await page.evaluate(() => document.querySelector('curvature-lab')?.shadowRoot !== null),
  ).toBe(true);

  await expect(a.getByTestId('caption')).toContainText('Newton diverged');
  await expect(b.getByTestId('caption')).toContainText('Newton converged');
  await expect(c.getByTestId('caption')).toContainText('inside');
  // lab-a shows only the damping slider (controls=eta).
  await expect(a.getByTestId('eta')).toBeVisible();
  await expect(a.getByTestId('problem-select')).toBeHidden();

  // Independent: moving lab-a's damping does not touch the iframe's state.
  await a.getByTestId('eta').evaluate((el) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '200');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(a.locator('.legend li', { hasText: /Damped Newton/ }).locator('.status')).toHaveText(
    /converged/,
  );
  await expect(c.getByTestId('eta-value')).toHaveText('0');
  // The element grows to its content.
  await expect
    .poll(async () => (await frameOf('lab-a').boundingBox())?.height ?? 0)
    .toBeGreaterThan(500);
});

test.describe('a phone-width embed (320 px) never scrolls sideways', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  for (const id of [
    'newton',
    'damping',
    'preconditioning',
    'invariance',
    'proximal',
    'hessian-free',
    'pst',
    'kfac',
  ]) {
    test(id, async ({ page }) => {
      await page.goto(`./#/embed/${id}`);
      await expect(page.getByTestId('embed-root')).toBeVisible();
      await expect(page.getByTestId('caption').first()).not.toBeEmpty();
      // Results arrive after the first paint: check once the layout has them.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        321,
      );
    });
  }
});
