import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The example reveal.js deck (slides-example.html): panels in slides, keys passing through.

const slideIndex = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __deck: { getIndices(): { h: number } } }).__deck.getIndices().h,
  );

async function openDeck(page: Page) {
  await page.goto('./slides-example.html');
  await expect
    .poll(() =>
      page.evaluate(
        () => !!(window as unknown as { __deck?: { isReady(): boolean } }).__deck?.isReady(),
      ),
    )
    .toBe(true);
}

/** Opens the deck and goes to slide 2 (Newton, a plain iframe) with the keyboard. */
async function openNewtonSlide(page: Page) {
  await openDeck(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideIndex(page)).toBe(1);
  const newton = page.frameLocator('#deck-newton');
  await expect(newton.getByTestId('main-plot')).toBeVisible();
  return newton;
}

function frameOf(page: Page, part: string) {
  return page.frames().find((f) => f.url().includes(part))!;
}

test.use({ viewport: { width: 1280, height: 860 } });

test('deck: after dragging a slider in a panel, → and PageDown still move the slides; a panel is not reloaded on return', async ({
  page,
}) => {
  // Slide 2: a plain iframe. Drag the damping slider with the pointer, then press →.
  const newton = await openNewtonSlide(page);
  const slider = newton.getByTestId('eta');
  const b = (await slider.boundingBox())!;
  await page.mouse.move(b.x + b.width * 0.5, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(slider).toBeFocused();
  const frame = frameOf(page, '#/embed/newton');
  await expect.poll(() => frame.evaluate(() => new URL(location.href).hash)).toContain('eta=');
  const eta = await newton.getByTestId('eta-value').textContent();
  expect(eta).not.toBe('1');
  await frame.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideIndex(page)).toBe(2);
  // The slider did not take the key.
  await expect(newton.getByTestId('eta-value')).toHaveText(eta!);

  // Slide 3: the <curvature-lab> element. Press its play button, then PageDown.
  const damping = page.frameLocator('#deck-damping iframe');
  await expect(damping.getByTestId('main-plot')).toBeVisible();
  await damping.getByTestId('play').click();
  await page.keyboard.press('PageDown');
  await expect.poll(() => slideIndex(page)).toBe(3);

  // Slide 4: presenter mode inside the slide: → steps the panel, the deck stays.
  const present = page.frameLocator('#deck-present');
  await expect(present.locator('[data-stage-figure]')).toBeVisible();
  await present.locator('main h1, .panel h1').first().click();
  await page.keyboard.press('ArrowRight');
  await expect(present.getByTestId('k-readout')).toContainText('k = 1');
  expect(await slideIndex(page)).toBe(3);

  // Back to slide 2: the same document, the slider where it was.
  await page.evaluate(() =>
    (window as unknown as { __deck: { slide(h: number): void } }).__deck.slide(1),
  );
  await expect.poll(() => slideIndex(page)).toBe(1);
  await expect(newton.getByTestId('eta-value')).toHaveText(eta!);
  expect(
    await frameOf(page, '#/embed/newton').evaluate(
      () => (window as unknown as { __marker?: number }).__marker,
    ),
  ).toBe(42);
});

test('deck: a key the focused control uses stays in the panel (a slider reached with Tab)', async ({
  page,
}) => {
  const newton = await openNewtonSlide(page);
  await newton.getByTestId('eta').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // keyboard focus: :focus-visible
  await expect(newton.getByTestId('eta')).toBeFocused();
  const before = await newton.getByTestId('eta-value').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(newton.getByTestId('eta-value')).not.toHaveText(before!);
  expect(await slideIndex(page)).toBe(1);
});

test('deck: no axe violations', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.frameLocator('#deck-newton').getByTestId('main-plot')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
});
