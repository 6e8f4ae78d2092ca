import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashParams, settledParams, openPanel, withCsp } from './helpers';

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
  expect((await settledParams(page)).get('f')).toBe('x^2 + 5*(y - sin(x))^2');
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
    expect((await settledParams(page)).get('range')).not.toBeNull(); // the fitted view is kept in the link
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
    await withCsp(page, "script-src 'self'; worker-src 'self'");
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

async function downloadJson(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  return JSON.parse(readFileSync((await file.path())!, 'utf8'));
}

// A rotated, badly scaled quadratic typed by hand: H = [[2 + 32, 32], [32, 32]] everywhere.
const QUAD = '(x - 1)^2 + 16*(x + y)^2';

test.describe('custom objective in the other 2-D panels', () => {
  test('Preconditioning: the H^-1/2 preset of a typed quadratic makes κ(H̃) = 1; its R is shown, not linked', async ({
    page,
  }) => {
    await openPanel(page, `#/preconditioning?problem=custom&f=${encodeURIComponent(QUAD)}`);
    await expect(page.getByTestId('custom-f')).toHaveValue(QUAD);
    await expect(page.getByTestId('kappa-htilde')).toHaveText('1');
    expect(Number(await page.getByTestId('kappa-h').textContent())).toBeGreaterThan(50);
    // The worker built R from the typed f's Hessian; the fields show it, the link keeps inputs only.
    await expect.poll(() => page.getByTestId('R-21').inputValue()).not.toBe('0');
    expect((await settledParams(page)).get('r1')).toBeNull();
    await expect(page.getByTestId('max-distance')).toContainText(/e-1[4-7]|^0$/);

    // Dragging a column keeps the other one and switches to a hand-made R.
    await page.getByTestId('R-22').fill('0.25');
    await page.getByTestId('R-22').press('Enter');
    await expect(page.getByTestId('preset-custom')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('kappa-htilde')).not.toHaveText('1');

    await typeExpression(page, 'x^2 + y^2 + exp(');
    await expect(page.getByTestId('custom-f-error')).toBeVisible();
    const data = await downloadJson(page);
    expect(data.objective).toMatchObject({ id: 'custom', f: QUAD });
    expect(data.runs[0].name).toBe('preconditioned-gd');
  });

  test('Invariance: Newton on a typed f is invariant, GD is not, Gauss-Newton and NGD are not defined', async ({
    page,
  }) => {
    const f = 'x^4/4 + (y - x)^2 + 0.5*x';
    await openPanel(page, `#/invariance?problem=custom&f=${encodeURIComponent(f)}&eta=0`);
    await expect(page.getByTestId('dev-newton')).toHaveAttribute('data-verdict', 'invariant');
    await expect(page.getByTestId('dev-gd')).toHaveAttribute('data-verdict', 'not-invariant');
    await expect(page.getByTestId('caption')).toContainText('not defined for this problem');
    await expect(page.locator('.objective').first()).toContainText('f(x,y)');
    await expect.poll(() => hashParams(page).get('range')).not.toBeNull();

    await typeExpression(page, 'x^2 + 3*y^2');
    await expect.poll(() => hashParams(page).get('f')).toBe('x^2 + 3*y^2');
    await expect(page.getByTestId('dev-newton')).toHaveAttribute('data-verdict', 'invariant');
    const data = await downloadJson(page);
    expect(data.objective).toMatchObject({ id: 'custom', f: 'x^2 + 3*y^2' });
    expect(data.defined).toMatchObject({ newton: true, gd: true, gn: false, ngd: false });
  });

  test("Hessian-free: CG on a typed f's quadratic model, C = H + λI", async ({ page }) => {
    await page.goto(`./#/hessian-free?problem=custom&f=${encodeURIComponent(QUAD)}&w=0,0`);
    await expect(page.getByTestId('model-objective')).toContainText('f(x,y)');
    // A 2-D PD model: CG is done in at most 2 steps.
    await expect(page.getByTestId('traj-cg')).toHaveAttribute('data-points', /^[23]$/);
    await expect(page.getByTestId('caption')).toContainText('CG reaches the model');

    // Negative curvature at w: the model is unbounded and CG stops.
    await typeExpression(page, 'x^2 - y^2');
    await expect(page.getByTestId('caption')).toContainText('not positive definite');
    await typeExpression(page, 'x^2 - ');
    await expect(page.getByTestId('custom-f-error')).toBeVisible();
    await expect(page.getByTestId('caption')).toContainText('not positive definite');
    const data = await downloadJson(page);
    expect(data.model).toMatchObject({ curvature: 'hessian', objective: { f: 'x^2 - y^2' } });
  });
});
