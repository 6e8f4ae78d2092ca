/**
 * Offline use without making every reader pay for the whole site (src/sw.ts): an embedded panel
 * keeps what it used and nothing more; the app itself keeps the whole site.
 */
import { expect, test, type Page } from '@playwright/test';

type Status = { cached: number; total: number } | null;
const status = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __curvlab: { offline(): Promise<Status> } }).__curvlab.offline(),
  );

test('an embedded panel keeps only what it used, and reloads offline', async ({
  page,
  context,
}) => {
  const fetchedBySw: string[] = [];
  context.on('requestfinished', (r) => {
    if (r.serviceWorker()) fetchedBySw.push(r.url());
  });
  await page.goto('./#/embed/damping');
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').length);
  await expect.poll(async () => (await status(page))?.cached ?? 0).toBeGreaterThan(0);
  const s = (await status(page))!;
  // Far from the whole site: the panel's files (and the page itself), no other panel's.
  expect(s.cached).toBeLessThanOrEqual(loaded + 1);
  expect(s.cached).toBeLessThan(s.total / 2);
  // What the worker stored came from the browser's cache: no file was asked for twice.
  expect(fetchedBySw.filter((u) => /\/assets\/(Kfac|Proximal|Pst)Panel/.test(u))).toEqual([]);

  await page.reload(); // now controlled by the service worker
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('caption')).toContainText('Damped Newton');
  await context.setOffline(false);
});

test('the app itself keeps the whole site: another panel opens offline', async ({
  page,
  context,
}) => {
  await page.goto('./#/damping');
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  await expect
    .poll(async () => {
      const s = await status(page);
      return s !== null && s.cached === s.total;
    })
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  // A panel this visit never opened, with its code and its worker jobs, from the cache.
  await page.goto('./#/kfac?view=train&preset=regression&hf=off');
  await page.getByTestId('train-play').click();
  await expect(page.getByTestId('train-progress')).toContainText('(done)', { timeout: 60_000 });
  await context.setOffline(false);
});
