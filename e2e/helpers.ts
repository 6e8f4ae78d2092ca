import { expect, type Page } from '@playwright/test';
import { URL_SETTLE_MS } from '../src/state/route';

/** Opens a hash route and waits until the panel has drawn its first result. */
export async function openPanel(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.getByTestId('main-plot')).toBeVisible();
  await expect(page.getByTestId('caption')).not.toBeEmpty();
}

/** Sets a range input to a raw position, as a user dragging the thumb would. */
export async function setRange(page: Page, testId: string, position: number) {
  await page.getByTestId(testId).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, position);
}

/**
 * The link's parameters once the app has written them: the address bar is written
 * URL_SETTLE_MS after the last change (src/state/urlSync.ts). The change's timer was set before
 * this one, with an earlier deadline, so it has run when this one fires.
 */
export async function settledParams(page: Page): Promise<URLSearchParams> {
  await page.evaluate(
    (ms) => new Promise((r) => globalThis.requestAnimationFrame(() => setTimeout(r, ms))),
    URL_SETTLE_MS + 1,
  );
  return hashParams(page);
}

export function hashParams(page: Page): URLSearchParams {
  const h = new URL(page.url()).hash;
  return new URLSearchParams(h.slice(h.indexOf('?') + 1));
}

/** Legend status chip of a method, e.g. "diverged at step 4". */
export function status(page: Page, label: RegExp) {
  return page.locator('.legend li', { hasText: label }).locator('.status');
}

/**
 * A plot's markup without React's generated ids (they depend on mount order, i.e. on which
 * results arrived first), so two pages drawing the same picture compare equal.
 */
export function drawing(page: Page, testId = 'main-plot') {
  return page.getByTestId(testId).evaluate((el) =>
    el.outerHTML
      .replace(/clip_[A-Za-z0-9_:«»-]+/g, 'clip')
      // useId's own tokens (React 19: _r_3_), e.g. in aria-describedby="_r_3_-desc".
      .replace(/_r_[A-Za-z0-9]+_/g, '_r_'),
  );
}

/** The plot's markup once it stops changing (the last change's result may still be arriving). */
export async function settledDrawing(page: Page, testId = 'main-plot') {
  let svg = '';
  await expect
    .poll(
      async () => {
        const before = svg;
        svg = await drawing(page, testId);
        return before === svg;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return svg;
}

/** Serves every response of the page with this Content-Security-Policy header. */
export function withCsp(page: Page, policy: string) {
  return page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
}
