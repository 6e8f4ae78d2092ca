import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawing, hashParams, settledParams, openPanel, setRange, settledDrawing } from './helpers';

test('landing page says what each panel teaches and links to it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Curvature Lab', level: 1 })).toBeVisible();
  const cards = page.locator('.panel-cards li');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  await expect(cards.first()).toContainText('Taylor model');
  await page.locator('.panel-cards a[href="#/damping"]').click();
  await expect(page).toHaveURL(/#\/damping/);
  await expect(page.getByTestId('main-plot')).toBeVisible();
});

test('a URL reproduces the same picture', async ({ page, browser }) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0');
  await setRange(page, 'eta', 120);
  await page.getByTestId('start-handle').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => hashParams(page).get('x0')).not.toBe('2.3,0.5');
  await expect(page.getByTestId('caption')).toContainText('Damped Newton');
  const url = page.url();
  // The picture is the SVG: the same markup draws the same pixels.
  const svgA = await settledDrawing(page);

  const other = await browser.newPage({ viewport: page.viewportSize()! });
  await other.goto(url);
  await expect(other.getByTestId('caption')).toHaveText(
    (await page.getByTestId('caption').textContent())!,
  );
  expect(svgA.length).toBeGreaterThan(10_000);
  await expect.poll(() => drawing(other)).toBe(svgA);
  expect((await settledParams(other)).toString()).toBe((await settledParams(page)).toString());
  await other.close();
});

test('embed mode renders only the panel', async ({ page }) => {
  await page.goto('./#/embed/damping?eta=0.5');
  await expect(page.getByTestId('embed-root')).toBeVisible();
  await expect(page.getByTestId('main-plot')).toBeVisible();
  await expect(page.locator('.topbar')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.setViewportSize({ width: 420, height: 800 });
  const w = await page.getByTestId('main-plot').evaluate((el) => el.getBoundingClientRect().width);
  expect(w).toBeLessThanOrEqual(420);
  expect(w).toBeGreaterThan(300);
});

test('"Download data" saves the documented JSON', async ({ page }) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0&steps=40');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  expect(download.suggestedFilename()).toBe('curvature-lab-damping.json');
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.panel).toBe('damping');
  expect(data.params).toMatchObject({ problem: 'logistic', x0: [2.3, 0.5], eta: 0, steps: 40 });
  const newton = data.runs.find((r: { method: string }) => r.method === 'newton');
  expect(newton.status).toBe('diverged');
  expect(newton.iterates[0]).toEqual([2.3, 0.5]);
  expect(newton.iterates.length).toBe(newton.steps + 1);
  expect(newton.loss.length).toBe(newton.iterates.length);
  expect(newton.loss[0]).toBeCloseTo(
    Math.log(1 + Math.exp(2.3)) +
      Math.log(1 + Math.exp(-2.3)) +
      Math.log(1 + Math.exp(0.5)) +
      Math.log(1 + Math.exp(-0.5)),
    10,
  );
  expect(data.threshold).toBeCloseTo(2.17731898, 7);
  expect(data.dampingPath.eta.length).toBe(data.dampingPath.step.length);
});

test('a garbled URL shows notices and falls back to defaults', async ({ page }) => {
  await page.goto('./#/damping?problem=nope&eta=banana&x0=1,2,3&steps=99999&zzz=1');
  await expect(page.getByTestId('main-plot')).toBeVisible();
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('Problem “nope” is not one of');
  await expect(notices).toContainText('Damping η “banana” is not a number');
  await expect(notices).toContainText('Start point “1,2,3” is not a point');
  await expect(notices).toContainText('clamped to 500');
  await expect(notices).toContainText('Unknown parameter “zzz”');
  expect((await settledParams(page)).get('problem')).toBe('logistic');
  expect((await settledParams(page)).get('steps')).toBe('500');
  await page.goto('./#/no-such-panel');
  await expect(page.getByTestId('notices')).toContainText('There is no panel “no-such-panel”');
  await expect(page.locator('.panel-cards a[href="#/newton"]')).toBeVisible();
});

test('a crashed worker is restarted with a visible message and keeps computing', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0');
  await page.evaluate(() =>
    (window as unknown as { __curvlab: { crashWorker(): void } }).__curvlab.crashWorker(),
  );
  await expect(page.getByTestId('notices')).toContainText('crashed');
  await setRange(page, 'eta', 160);
  await expect(
    page.locator('.legend li', { hasText: /Damped Newton/ }).locator('.status'),
  ).toHaveText(/converged/);
});

type Routes = { inline: number; worker: number; pageFallback: number; workerStatus: string };
const routes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __curvlab: { routes(): Routes } }).__curvlab.routes(),
  );

test('on a plain static host a slider move is committed in the frame of the change; training runs in the worker', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0');
  // The test server sends no isolation headers, like GitHub Pages.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const status = page.locator('.legend li', { hasText: /Damped Newton/ }).locator('.status');
  await expect(status).toHaveText(/diverged/);
  // Move the slider and read the legend in the very next animation frame, before it is painted:
  // a result that came by message would only arrive after that frame.
  const shown = await page.getByTestId('eta').evaluate(async (el) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '160');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    const items = Array.from(document.querySelectorAll('.legend li'));
    const damped = items.find((li) => /Damped Newton/.test(li.textContent ?? ''));
    return damped?.querySelector('.status')?.textContent ?? '';
  });
  expect(shown).toMatch(/converged/);
  const r = await routes(page);
  expect(r.inline).toBeGreaterThan(0);
  // Damping never needed the worker: it was not even downloaded.
  expect(r.workerStatus).toBe('not needed yet');

  await page.goto('./#/hessian-free?view=train&budget=1');
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-progress-value')).toHaveText('100%', { timeout: 30_000 });
  expect((await routes(page)).worker).toBeGreaterThan(0);
  expect((await routes(page)).workerStatus).toBe('running');
});

test('a pointer drag keeps the address bar current: throttled while dragging, exact on release', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0');
  const slider = page.getByTestId('eta');
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 4 + (box.width - 8) * (i / 30), y);
  await page.mouse.up();
  const stored = await page.evaluate(
    () =>
      (
        window as unknown as { __curvlab: { state(): { params: Record<string, { eta: number }> } } }
      ).__curvlab.state().params.damping.eta,
  );
  expect(stored).toBeGreaterThan(0);
  // Read at once, without polling: the release wrote the final value.
  expect(Number(hashParams(page).get('eta'))).toBeCloseTo(stored, 6);
});
