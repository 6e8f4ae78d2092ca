import { expect, test } from '@playwright/test';
import { openPanel } from './helpers';

// prefers-reduced-motion: play and replay jump to the end state instead of animating.
test.use({ reducedMotion: 'reduce' });

test('reduced motion: play shows the last iterate at once', async ({ page }) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5&k=0&steps=40');
  await expect(page.getByTestId('k-readout')).toContainText('k = 0 /');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('k-readout')).toHaveText(/k = (\d+) \/ \1$/, { timeout: 1000 });
  await expect(page.getByTestId('play')).toHaveText(/Play/);
});

test('reduced motion: pullback sampling replay jumps to all samples', async ({ page }) => {
  await openPanel(page, '#/pst?samples=500');
  await page.getByRole('button', { name: /Replay sampling/ }).click();
  await expect(page.getByText('samples shown: 500 / 500')).toBeVisible({ timeout: 1000 });
});
