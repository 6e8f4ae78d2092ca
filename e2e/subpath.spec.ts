import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// The static build (what the webServer built for this run) served from a course-website
// sub-path, as a plain static host would.
const ROOT = `.e2e-dist/${process.env.E2E_PORT ?? 4173}`;
const PREFIX = '/csc2541/curvature-lab/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

let server: Server;
let base = '';

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end('not under the course folder');
      return;
    }
    const rel = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(ROOT, rel));
      res
        .writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end('missing');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}${PREFIX}`;
});

test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the static build works from a sub-path of a static host', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#/damping?problem=logistic&x0=2.3,0.5&eta=0.5`);
  await expect(page.getByTestId('caption')).toContainText('Damped Newton converged');
  // A plain static host sends no isolation headers: no shared memory, replies by message.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const routes = await page.evaluate(() =>
    (
      window as unknown as { __curvlab: { routes(): { syncLane: boolean; message: number } } }
    ).__curvlab.routes(),
  );
  expect(routes).toMatchObject({ syncLane: false });
  expect(routes.message).toBeGreaterThan(0);
  await page.goto(`${base}#/newton?problem=custom&f=${encodeURIComponent('x^2 + 2*y^2')}`);
  await expect(page.getByTestId('caption')).toContainText(
    'Newton converged to a minimum in 1 step',
  );
  await page.goto(`${base}embed-example.html`);
  await expect(page.frameLocator('#lab-a >> iframe').getByTestId('embed-root')).toBeVisible();
  expect(errors).toEqual([]);
});
