/**
 * The hosts students meet the app on (issue #16): an LMS page that frames a panel with
 * `sandbox="allow-scripts"` (an opaque origin: no storage, no service worker), and a page with a
 * strict Content-Security-Policy. On both, every panel draws, recomputes when a slider moves, and
 * raises no error. The test server sends `Access-Control-Allow-Origin: *`, as GitHub Pages does.
 */
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { withCsp } from './helpers';

/** Per panel: its link, a slider, and a part of the picture that slider changes. */
const PANELS: [id: string, query: string, slider: string, watch: string][] = [
  ['newton', '', 'eta', 'main-plot'],
  ['damping', '', 'eta', 'main-plot'],
  ['preconditioning', 'preset=damped', 'eta', 'main-plot'],
  ['invariance', '', 'eta', 'main-plot'],
  ['pst', '', 'eta', 'ema-view'],
  ['proximal', '', 'lfsd', 'main-plot'],
  ['kfac', 'view=curvature', 'batch', 'caption'],
  ['hessian-free', '', 'skappa', 'scaling-view'],
];

/** Collects uncaught errors and console errors of the page and every frame in it. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Moves a range input to the end of its range farther from where it is. */
async function moveSlider(slider: Locator) {
  await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    const [min, max] = [Number(input.min), Number(input.max)];
    const to = Number(input.value) > (min + max) / 2 ? min : max;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, to);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The panel draws, and moving the slider changes the watched part of the picture. */
async function drawsAndComputes(root: Page | FrameLocator, slider: string, watch: string) {
  await expect(root.getByTestId('caption').first()).not.toBeEmpty({ timeout: 30_000 });
  const part = root.getByTestId(watch).first();
  await expect(part).toBeVisible();
  // Settled: the first results may still be arriving.
  let before = '';
  await expect
    .poll(async () => before === (before = await part.innerHTML()), { intervals: [400] })
    .toBe(true);
  await moveSlider(root.getByTestId(slider));
  await expect.poll(() => part.innerHTML(), { timeout: 30_000 }).not.toBe(before);
}

test.describe('in a sandboxed frame (allow-scripts only)', () => {
  for (const [id, query, slider, watch] of PANELS) {
    test(id, async ({ page, baseURL }) => {
      const errors = errorsOf(page);
      const src = `${baseURL}#/embed/${id}${query ? `?${query}` : ''}`;
      // The host page: an LMS-style page on another path of the same server.
      await page.route('**/lms-host.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>LMS</title><h1>Week 4</h1>
            <iframe id="lab" sandbox="allow-scripts" src="${src}" width="1100" height="1400"></iframe>`,
        }),
      );
      await page.goto(`${baseURL}lms-host.html`);
      const frame = page.frameLocator('#lab');
      await expect(frame.getByTestId('embed-root')).toBeVisible({ timeout: 30_000 });
      // The frame really is sandboxed: an opaque origin, no storage.
      const origin = await frame.locator('body').evaluate(() => window.origin);
      expect(origin).toBe('null');
      await drawsAndComputes(frame, slider, watch);
      expect(errors).toEqual([]);
    });
  }

  test('the full app there says why scenes are unavailable', async ({ page, baseURL }) => {
    const errors = errorsOf(page);
    await page.route('**/lms-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe id="lab" sandbox="allow-scripts" src="${baseURL}#/damping" width="1200" height="1200"></iframe>`,
      }),
    );
    await page.goto(`${baseURL}lms-host.html`);
    const frame = page.frameLocator('#lab');
    await frame.getByTestId('scenes').locator('summary').click();
    await expect(frame.getByTestId('scenes')).toContainText('storage');
    await expect(frame.getByTestId('save-scene')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe("under Content-Security-Policy script-src 'self' (no unsafe-eval)", () => {
  for (const [id, query, slider, watch] of PANELS) {
    test(id, async ({ page }) => {
      const errors = errorsOf(page);
      await withCsp(page, "script-src 'self'; worker-src 'self'; object-src 'none'");
      await page.goto(`./#/${id}${query ? `?${query}` : ''}`);
      await drawsAndComputes(page, slider, watch);
      expect(errors).toEqual([]);
    });
  }
});

/** Compressed bytes of JavaScript a cold visit downloads (the server gzips, as static hosts do). */
async function coldJsBytes(
  browser: import('@playwright/test').Browser,
  baseURL: string,
  hash: string,
  ready: (p: Page) => Promise<unknown>,
) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (req) => {
    if (/\.m?js(\?|$)/.test(req.url())) sizes.push(req.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(baseURL + hash);
  await ready(page);
  // Whatever the page fetches once it has drawn (a formula's code, a worker) counts too.
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

test('pay only for the panel you open: an embedded 2-D panel ≤ 150 KB of compressed JavaScript, the landing page ≤ 120 KB', async ({
  browser,
  baseURL,
}) => {
  for (const id of ['damping', 'newton', 'preconditioning', 'invariance']) {
    const bytes = await coldJsBytes(browser, baseURL!, `#/embed/${id}`, (p) =>
      expect(p.getByTestId('caption').first()).not.toBeEmpty(),
    );
    expect(bytes, `#/embed/${id}`).toBeLessThanOrEqual(150 * 1024);
  }
  const landing = await coldJsBytes(browser, baseURL!, '#/', (p) =>
    p.locator('.panel-cards').waitFor(),
  );
  expect(landing).toBeLessThanOrEqual(120 * 1024);
});
