import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { startStaticServer } from '../scripts/serve-static.mjs';

// The static build (what the webServer built for this run) served from a course-website
// sub-path, as a plain static host would.
const ROOT = `.e2e-dist/${process.env.E2E_PORT ?? 4173}`;
const PREFIX = '/csc2541/curvature-lab/';

let server: Server;
let base = '';

test.beforeAll(async () => {
  server = await startStaticServer({ root: ROOT, prefix: PREFIX });
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}${PREFIX}`;
});

test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the static build works from a sub-path of a static host', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#/damping?problem=logistic&x0=2.3,0.5&eta=0.5`);
  await expect(page.getByTestId('caption')).toContainText('Damped Newton converged');
  // A plain static host sends no isolation headers, and none are needed: the damping panel
  // computes on the page's thread.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const routes = await page.evaluate(() =>
    (window as unknown as { __curvlab: { routes(): { inline: number } } }).__curvlab.routes(),
  );
  expect(routes.inline).toBeGreaterThan(0);
  await page.goto(`${base}#/newton?problem=custom&f=${encodeURIComponent('x^2 + 2*y^2')}`);
  await expect(page.getByTestId('caption')).toContainText(
    'Newton converged to a minimum in 1 step',
  );
  await page.goto(`${base}embed-example.html`);
  await expect(page.frameLocator('#lab-a >> iframe').getByTestId('embed-root')).toBeVisible();
  expect(errors).toEqual([]);
});
