import { expect, test, type Page } from '@playwright/test';
import { hashParams, openPanel } from './helpers';

async function typeExpression(page: Page, text: string) {
  const field = page.getByTestId('custom-f');
  await field.fill(text);
}

const contoursHref = (page: Page) => page.getByTestId('filled-contours').getAttribute('href');

async function customFlow(page: Page) {
  await openPanel(page, '#/newton?problem=custom');
  await expect(page.getByTestId('custom-f')).toHaveValue('x^4/4 - x^2 + 2*y^2 + x*y');
  const before = await contoursHref(page);

  await typeExpression(page, 'x^2 + 5*(y - sin(x))^2');
  await expect.poll(() => hashParams(page).get('f')).toBe('x^2 + 5*(y - sin(x))^2');
  await expect.poll(() => contoursHref(page)).not.toBe(before);
  await expect(page.getByTestId('custom-derivatives')).toContainText('∇f');
  await expect(page.getByTestId('caption')).toContainText('Newton');
  const good = await contoursHref(page);

  // Garbage: an inline error with its position, and the last valid function stays.
  await typeExpression(page, 'x^2 + 5*(y - sin(x)');
  await expect(page.getByTestId('custom-f-error')).toContainText('Syntax error');
  await expect(page.getByTestId('custom-f-error')).toContainText('last valid function');
  await typeExpression(page, 'x^2 + import(y)');
  await expect(page.getByTestId('custom-f-error')).toContainText('“import” is not allowed');
  expect(hashParams(page).get('f')).toBe('x^2 + 5*(y - sin(x))^2');
  expect(await contoursHref(page)).toBe(good);
}

test.describe('custom objective', () => {
  test('type an expression, see it plotted; garbage shows an inline error and keeps the old plot', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await customFlow(page);
    expect(errors).toEqual([]);
  });

  test('a link with the expression reproduces it, and a bad one explains itself', async ({
    page,
  }) => {
    await openPanel(
      page,
      `#/damping?problem=custom&f=${encodeURIComponent('log(1+exp(3*x)) + (y-x)^2')}&x0=1,1`,
    );
    await expect(page.getByTestId('custom-f')).toHaveValue('log(1+exp(3*x)) + (y-x)^2');
    await expect(page.locator('.objective')).toContainText('exp');
    expect(hashParams(page).get('range')).not.toBeNull(); // the fitted view is kept in the link
    await page.reload();
    await expect(page.getByTestId('custom-f')).toHaveValue('log(1+exp(3*x)) + (y-x)^2');

    await openPanel(page, `#/newton?problem=custom&f=${encodeURIComponent('x^2 + createUnit(1)')}`);
    await expect(page.getByTestId('custom-f-error')).toContainText('createUnit');
  });

  test('constant and linear functions get an explanation, not a blank panel', async ({ page }) => {
    await openPanel(page, `#/newton?problem=custom&f=${encodeURIComponent('3')}`);
    await expect(page.getByTestId('custom-f-warning')).toContainText('constant');
    await openPanel(page, `#/newton?problem=custom&f=${encodeURIComponent('2*x + y')}`);
    await expect(page.getByTestId('custom-f-warning')).toContainText('singular everywhere');
  });

  test("works under Content-Security-Policy script-src 'self' (no unsafe-eval)", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'content-security-policy': "script-src 'self'; worker-src 'self'",
        },
      });
    });
    await customFlow(page);
    // The policy is really in force: an injected inline script does not run. (Code evaluated by
    // Playwright itself is exempt from CSP, so `new Function` cannot be probed from here.)
    const inlineRan = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const s = document.createElement('script');
          s.textContent = 'document.body.dataset.inlineRan = "yes"';
          document.body.appendChild(s);
          setTimeout(() => resolve(document.body.dataset.inlineRan ?? 'no'), 50);
        }),
    );
    expect(inlineRan).toBe('no');
    expect(violations.some((v) => v.includes('inline script'))).toBe(true);
    expect(violations.filter((v) => !v.includes('inline script'))).toEqual([]);
  });
});
