import { expect, test } from '@playwright/test';
import { PANELS } from '../src/panels/catalog';
import { specList, type NumberDecl, type ParamSpec } from '../src/params/spec';
import { openPanel } from './helpers';

// Sliders for screen-reader and keyboard users: every slider of every panel says its value with
// its meaning and scale (aria-valuetext), checked against the parameter declarations; Home, End,
// PageUp and PageDown move it.

/** The declaration a slider's data-testid names: its key, or a coordinate of a vec2 (key-x). */
function declFor(specs: readonly ParamSpec[], testId: string): NumberDecl | undefined {
  const spec = specs.find((s) => s.key === testId || testId.startsWith(`${s.key}-`));
  return spec?.kind === 'number' ? spec : undefined;
}

/** The panel's URLs to visit: its default view, and each value of a `view` parameter. */
function views(specs: readonly ParamSpec[]): string[] {
  const view = specs.find((s) => s.key === 'view');
  return view?.kind === 'enum' ? view.values.map((v) => `?view=${v}`) : [''];
}

for (const panel of PANELS) {
  test(`${panel.id}: every slider says its value, meaning and scale`, async ({ page }) => {
    const specs = specList(panel.params);
    let seen = 0;
    for (const query of views(specs)) {
      await page.goto(`./#/${panel.id}${query}`);
      // (a training view has no figure before its run starts: wait for the panel itself)
      await expect(page.locator('[data-panel] .controls-col').first()).toBeVisible();
      const sliders = page.locator('input[type="range"]');
      const n = await sliders.count();
      seen += n;
      for (let i = 0; i < n; i++) {
        const s = sliders.nth(i);
        const testId = (await s.getAttribute('data-testid')) ?? '';
        const said = (await s.getAttribute('aria-valuetext')) ?? '';
        // "<symbol or label> = <value>", whatever the slider.
        expect(said, testId).toMatch(/\S+ = -?[\d.]/);
        const decl = declFor(specs, testId);
        if (!decl) continue;
        // What it says is the value shown next to it (its <output>), with the declared name.
        const shown = (await page.getByTestId(`${testId}-value`).textContent())!.trim();
        const label = await s.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent);
        const name = decl.symbol ?? label!.replace(shown, '').trim();
        expect(said, testId).toContain(`${name} = ${shown}`);
        expect(said.includes('log scale'), `${testId}: "${said}"`).toBe(decl.scale === 'log');
        if (decl.zero) expect(said, testId).toContain(decl.zero);
      }
    }
    expect(seen, 'sliders in all views').toBeGreaterThan(0);
  });
}

test('Home, End, PageUp and PageDown move a slider (damping η, log scale with a 0 notch)', async ({
  page,
}) => {
  await openPanel(page, '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5');
  const eta = page.getByTestId('eta');
  const value = page.getByTestId('eta-value');
  await eta.focus();
  await eta.press('End');
  await expect(value).toHaveText('1000');
  await expect(eta).toHaveAttribute('aria-valuetext', 'η = 1000, log scale, 0 means undamped');
  await eta.press('Home');
  await expect(value).toHaveText('0');
  await expect(eta).toHaveAttribute('aria-valuetext', 'η = 0 (undamped), log scale');
  await eta.press('PageUp');
  const up = (await value.textContent())!;
  expect(Number(up)).toBeGreaterThan(0);
  await eta.press('PageUp');
  // Log scale: a page step multiplies η (equal ratios), so two steps go well past twice one.
  await expect.poll(async () => Number(await value.textContent())).toBeGreaterThan(2 * Number(up));
  await eta.press('PageDown');
  await expect(value).toHaveText(up);
});
