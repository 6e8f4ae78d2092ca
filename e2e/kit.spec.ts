import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';

// The course-notes kit (docs/embedding.md): each page under public/kit/ reproduces what one notes
// system outputs for the documented snippet. In each, every panel renders and computes, follows
// the height protocol (curvlab:height; the element through embed.js, a plain iframe through
// curvlab-autoheight.js) and, where the host replays them, passes keys through (curvlab:key).

interface Kit {
  page: string;
  /** The frames of the page: '#kit-frame' (plain iframe) and/or '#kit-element' (<curvature-lab>). */
  frames: ('#kit-frame' | '#kit-element')[];
  /** Whether the page may run scripts (an LMS strips them: fixed height, no replay). */
  scripts: boolean;
}

const KITS: Kit[] = [
  { page: 'plain', frames: ['#kit-frame', '#kit-element'], scripts: true },
  { page: 'quarto', frames: ['#kit-element', '#kit-frame'], scripts: true },
  { page: 'myst', frames: ['#kit-element', '#kit-frame'], scripts: true },
  { page: 'mkdocs', frames: ['#kit-frame', '#kit-element'], scripts: true },
  { page: 'lms', frames: ['#kit-frame'], scripts: false },
];

/** The <iframe> element of a frame id (inside the element's shadow root for '#kit-element'). */
function iframeOf(page: Page, id: string): Locator {
  return id === '#kit-element' ? page.locator(`${id} iframe`) : page.locator(id);
}

/** Records, before any script of the page runs, the heights and keys the frames post. */
async function recordMessages(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __posts: [MessageEventSource | null, unknown][] };
    w.__posts = [];
    addEventListener('message', (e) => w.__posts.push([e.source, e.data]));
    addEventListener('keydown', (e) =>
      w.__posts.push([null, { replayed: `${e.key}:${e.keyCode}` }]),
    );
  });
}

/** The last message of `type` that the frame posted to the host, or null. */
function lastPost(frame: Locator, type: string) {
  return frame.evaluate((el, t) => {
    const w = window as unknown as { __posts: [MessageEventSource | null, { type?: string }][] };
    const mine = w.__posts.filter(
      ([s, d]) => s === (el as HTMLIFrameElement).contentWindow && d?.type === t,
    );
    return (mine.at(-1)?.[1] ?? null) as Record<string, unknown> | null;
  }, type);
}

/** Keys replayed on the host page as keydown events. */
function replayed(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { __posts: [unknown, { replayed?: string }][] }).__posts
      .map(([, d]) => d?.replayed)
      .filter(Boolean),
  );
}

/**
 * Moves the first visible slider to its end, or else picks another option of the first select,
 * or else presses the first unpressed toggle button (a preset).
 */
async function moveFirstControl(app: FrameLocator) {
  const slider = app.locator('input[type="range"]:visible').first();
  if ((await slider.count()) > 0) {
    await slider.focus();
    await slider.press('End');
    return;
  }
  const select = app.locator('select:visible').first();
  if ((await select.count()) > 0) {
    const current = await select.inputValue();
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(values.find((v) => v !== current)!);
    return;
  }
  await app.locator('[data-control] button[aria-pressed="false"]:visible').first().click();
}

/**
 * Waits until the frame's height is the height it last posted, and that height is one `ok`
 * accepts (after a resize, the new one: the old one still matches until the frame reflows).
 */
async function sizedByProtocol(frame: Locator, ok = (h: number) => h > 0): Promise<number> {
  let posted = 0;
  await expect
    .poll(
      async () => {
        posted = Number((await lastPost(frame, 'curvlab:height'))?.height ?? 0);
        const shown = (await frame.boundingBox())?.height ?? 0;
        return ok(posted) && Math.abs(shown - Math.ceil(posted)) <= 1;
      },
      { message: 'the frame takes the height it posts (curvlab:height)' },
    )
    .toBe(true);
  return posted;
}

for (const kit of KITS) {
  test(`kit page ${kit.page}: every panel renders, computes, sizes itself${kit.scripts ? ' and passes keys through' : ''}`, async ({
    page,
  }, info) => {
    await recordMessages(page);
    await page.goto(`./kit/${kit.page}.html`);
    for (const id of kit.frames) {
      const frame = iframeOf(page, id);
      await frame.scrollIntoViewIfNeeded();
      const app = frame.contentFrame();
      await expect(app.getByTestId('embed-root')).toBeVisible();
      const caption = app.getByTestId('caption').first();
      await expect(caption).not.toBeEmpty();

      // Computes: moving the first control the page shows redraws the figure.
      const figure = app.locator('[data-figure-text]').first();
      const before = await figure.innerHTML();
      await moveFirstControl(app);
      await expect.poll(() => figure.innerHTML()).not.toBe(before);

      if (!kit.scripts) {
        // No script may run on the host: the frame keeps the height the author gave it.
        await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
        expect((await frame.boundingBox())?.height).toBe(
          Number(await frame.getAttribute('height')),
        );
        continue;
      }
      // The height protocol: the frame is as tall as its content said, far more than 400 px.
      expect(await sizedByProtocol(frame)).toBeGreaterThan(400);

      // Keys: a key pressed on the panel's figure (no control uses it) reaches the host page.
      await app.getByTestId('caption').first().click();
      const seen = (await replayed(page)).length;
      await page.keyboard.press('PageDown');
      await expect
        .poll(async () => lastPost(frame, 'curvlab:key'))
        .toMatchObject({
          key: 'PageDown',
        });
      // The page gets it as a keydown: embed.js replays it for its elements, the documented
      // snippet for plain iframes (on the plain HTML page only).
      if (id === '#kit-element' || kit.page === 'plain')
        await expect.poll(async () => (await replayed(page)).slice(seen)).toEqual(['PageDown:34']);
    }
    await page.screenshot({ path: info.outputPath(`kit-${kit.page}.png`), fullPage: true });

    // Narrower (a phone): the panels reflow taller and every frame follows its new height; wide
    // again, every frame shrinks back to the height it had.
    if (kit.scripts) {
      const frames = kit.frames.map((id) => iframeOf(page, id));
      const wide = await Promise.all(frames.map((f) => sizedByProtocol(f)));
      await page.setViewportSize({ width: 390, height: 844 });
      for (const [i, f] of frames.entries()) await sizedByProtocol(f, (h) => h > wide[i] + 100);
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const [i, f] of frames.entries())
        await sizedByProtocol(f, (h) => Math.abs(h - wide[i]) < 4);
    }
    // Two frames of one panel on a page repeat the panel's landmark names ("Controls", its
    // title): axe's best-practice rule landmark-unique compares landmarks across frames. With
    // one frame (the LMS page) every rule runs; with two, every other rule.
    const axe = new AxeBuilder({ page });
    if (kit.frames.length > 1) axe.disableRules(['landmark-unique']);
    expect((await axe.analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}

test('curvlab-autoheight.js sizes only the frame that sent the message', async ({ page }) => {
  await recordMessages(page);
  await page.goto('./kit/plain.html');
  const frame = page.locator('#kit-frame');
  await expect(frame.contentFrame().getByTestId('caption')).not.toBeEmpty();
  await sizedByProtocol(frame);
  // A message from the page itself (not the frame) changes nothing.
  const h = (await frame.boundingBox())!.height;
  await page.evaluate(() => postMessage({ type: 'curvlab:height', height: 123 }, '*'));
  await page.waitForTimeout(300);
  expect((await frame.boundingBox())!.height).toBe(h);
});
