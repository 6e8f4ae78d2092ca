import { expect, test, type Page } from '@playwright/test';

/**
 * A visual check that can fail: in every panel's figures no two pieces of text overlap (tick
 * labels, axis titles, handle names, annotations) and nothing is wider than the page. Overlapping
 * text is what a student in the back row cannot read.
 */
const SCENES = [
  '#/newton',
  '#/newton?problem=saddle&x0=1.5,0.25',
  '#/damping',
  '#/damping?problem=logistic&x0=2.3,0.5&eta=0.01',
  '#/damping?problem=saddle&x0=0,0.3&eta=1',
  '#/preconditioning',
  '#/invariance',
  '#/proximal',
  '#/hessian-free',
  '#/pst',
  '#/kfac',
  '#/kfac?view=curvature',
];

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

async function textBoxes(page: Page): Promise<Box[]> {
  return page.locator('[data-panel]').evaluate((root) =>
    Array.from(root.querySelectorAll('svg text'))
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      })
      .filter((b) => b.w > 0 && b.h > 0 && b.text.trim() !== ''),
  );
}

/** Overlap area as a fraction of the smaller box (glyph boxes touch; a third is unreadable). */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}

for (const width of [1280, 390]) {
  for (const hash of SCENES) {
    test(`${hash} at ${width} px: no overlapping text in its figures, nothing wider than the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./${hash}`);
      await expect(page.locator('[data-panel] svg text').first()).toBeVisible();
      // Let the first results arrive and the layout settle.
      await page.waitForTimeout(1500);
      const boxes = await textBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (overlap(boxes[i], boxes[j]) > 0.34)
            clashes.push(`“${boxes[i].text}” × “${boxes[j].text}”`);
      expect(clashes).toEqual([]);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(width);
    });
  }
}
