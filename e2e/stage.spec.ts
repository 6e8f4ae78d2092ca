import { expect, test, type Locator, type Page } from '@playwright/test';

// Presenter mode as a stage: at projector resolutions the main figure fills at least half of
// the screen, and its legend with status, the step controls and the lesson's slider are all on
// screen without scrolling.

const PANELS: { id: string; primary: string }[] = [
  { id: 'newton', primary: 'eta' },
  { id: 'damping', primary: 'eta' },
  { id: 'preconditioning', primary: 'angle' },
  { id: 'invariance', primary: 'eta' },
  { id: 'proximal', primary: 'lfsd' },
  { id: 'hessian-free', primary: 'kappa' },
  { id: 'pst', primary: 'samples' },
  { id: 'kfac', primary: 'size-A' },
];
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b, 'element is rendered').not.toBeNull();
  return b!;
}

async function expectInside(page: Page, l: Locator, what: string) {
  const vp = page.viewportSize()!;
  const b = await box(l);
  const inside =
    b.x >= -1 && b.y >= -1 && b.x + b.width <= vp.width + 1 && b.y + b.height <= vp.height + 1;
  expect(inside, `${what} inside ${vp.width}×${vp.height}: ${JSON.stringify(b)}`).toBe(true);
}

/** Waits until the stage has stopped resizing the figure. */
async function settled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => {
          const s = document.documentElement.style.getPropertyValue('--stage-w');
          const f = document.querySelector('[data-stage-figure]')?.getBoundingClientRect();
          return `${document.documentElement.dataset.stage}|${s}|${f?.width}x${f?.height}`;
        });
        const same = now === last && !now.includes('undefined');
        last = now;
        return same;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

for (const size of SIZES) {
  test.describe(`stage at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const { id, primary } of PANELS) {
      test(`${id}: figure ≥ half the screen, legend, steps and lesson slider on screen`, async ({
        page,
      }) => {
        await page.goto(`./#/${id}?present=1`);
        const figure = page.locator('[data-stage-figure]');
        await expect(figure).toBeVisible();
        // Sized once the first result is drawn (Proximal's comes from a worker started on demand).
        await expect(page.locator('main .figure-col .loading')).toHaveCount(0);
        await settled(page);
        const vp = page.viewportSize()!;
        const f = await box(figure);
        // At least half the screen, at every size (a square figure on 16:9 must use nearly
        // all of the height: 680² px is just over half of 1280×720).
        expect(
          f.width * f.height,
          `figure ${f.width}×${f.height} covers ≥ half of ${vp.width}×${vp.height}`,
        ).toBeGreaterThanOrEqual(0.5 * vp.width * vp.height);
        await expectInside(page, figure, 'main figure');
        await expectInside(
          page,
          page.locator(`[data-control="${primary}"]`).first(),
          'lesson slider',
        );
        // Legend with status and the step controls, where the panel has them.
        const legend = page.locator('.figure-col .legend').first();
        if (await legend.count()) await expectInside(page, legend, 'legend');
        const play = page.locator('.figure-col .play-controls').first();
        if (await play.count()) await expectInside(page, play, 'step controls');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        // Chrome: one thin line.
        expect((await box(page.locator('.stage-bar'))).height).toBeLessThan(40);
      });
    }
  });
}

test('stage: v shows the secondary views one at a time over the figure, then the figure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/damping?present=1&problem=logistic&x0=2.3,0.5&eta=0');
  await expect(page.locator('[data-stage-figure]')).toBeVisible();
  const rows = page.locator('.panel-row');
  await expect(rows.first()).toBeHidden();
  await page.locator('.stage-bar .stage-title').click();
  await page.keyboard.press('v');
  // In page order: the loss strip, the cobweb, the damping path; then the figure again.
  const shown = page.locator('[data-stage-shown]');
  for (const title of ['Loss per iteration', 'per-coordinate map (cobweb)', 'The damping path']) {
    await expect(shown).toBeVisible();
    await expect(shown).toContainText(title);
    await expectInside(page, shown, `secondary view “${title}”`);
    await page.keyboard.press('v');
  }
  await expect(shown).toHaveCount(0);
  await expect(page.locator('[data-stage-figure]')).toBeVisible();
  // Presenter keys still drive the run on the stage.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('k-readout')).toContainText('k = 1');
  await page.getByTestId('presenter-toggle').click();
  await expect(page.locator('.topbar')).toBeVisible();
  await expect(page.locator('[data-stage-figure]')).toHaveCount(0);
});
