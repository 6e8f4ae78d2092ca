import { expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

test('the file:// build opens from the file system and computes (custom objective included)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  execSync('npx vite build --mode file --logLevel error --outDir .e2e-dist/file', {
    stdio: 'pipe',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const index = resolve('.e2e-dist/file/index.html');
  await page.goto(`file://${index}#/damping?problem=logistic&x0=2.3,0.5&eta=0`);
  await expect(page.getByTestId('caption')).toContainText('Newton diverged');
  await page.goto(`file://${index}#/newton?problem=custom&f=${encodeURIComponent('x^2 + 3*y^2')}`);
  await expect(page.getByTestId('caption')).toContainText(
    'Newton converged to a minimum in 1 step',
  );
  expect(errors).toEqual([]);
});
