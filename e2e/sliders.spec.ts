import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PANEL_IDS } from '../src/params/panelIds';
import { openPanel } from './helpers';

// Sliders for screen-reader and keyboard users: every slider of every panel says its value with
// its meaning and scale (aria-valuetext), checked against the parameter declarations as the
// generated tables of docs/panels/<id>.md state them (a unit test keeps those equal to the
// code); Home, End, PageUp and PageDown move it.

interface Decl {
  key: string;
  label: string;
  log: boolean;
  /** What 0 means, for a slider with a 0 notch. */
  zero?: string;
  /** The values of an enum (for `view`). */
  values: string[];
}

/** The declarations of a panel, from the generated parameter table of its docs page. */
function decls(panel: string): Decl[] {
  const md = readFileSync(new URL(`../docs/panels/${panel}.md`, import.meta.url), 'utf8');
  const table = md.slice(md.indexOf('<!-- params:begin'), md.indexOf('<!-- params:end'));
  return [...table.matchAll(/^\| `([\w-]+)` \| ([^|]*) \| ([^|]*) \|/gm)].map(
    ([, key, label, acc]) => ({
      key,
      label: label.trim(),
      log: acc.includes('log scale'),
      zero: acc.match(/or 0 \(([^)]+)\)/)?.[1],
      values: acc.startsWith('one of') ? [...acc.matchAll(/`([\w-]+)`/g)].map((m) => m[1]) : [],
    }),
  );
}

/** The declaration a slider's data-testid names: its key, or a coordinate of a point (key-x). */
function declFor(specs: readonly Decl[], testId: string): Decl | undefined {
  return specs.find((s) => s.key === testId) ?? specs.find((s) => testId.startsWith(`${s.key}-`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The panel's URLs to visit: its default view, and each value of a `view` parameter. */
function views(specs: readonly Decl[]): string[] {
  const view = specs.find((s) => s.key === 'view');
  return view ? view.values.map((v) => `?view=${v}`) : [''];
}

for (const panel of PANEL_IDS) {
  test(`${panel}: every slider says its value, meaning and scale`, async ({ page }) => {
    const specs = decls(panel);
    expect(specs.length, 'declarations in the docs table').toBeGreaterThan(3);
    let seen = 0;
    for (const query of views(specs)) {
      await page.goto(`./#/${panel}${query}`);
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
        const m = said.match(/^(.+?) = (-?[\d.][^,( ]*)/);
        expect(m, `${testId}: "${said}"`).not.toBeNull();
        const decl = declFor(specs, testId);
        if (!decl) continue;
        // The slider is named by its declared label (announced before the value text); the
        // value text names it by the declared symbol ("η", in the label "Damping η", or "α" of
        // "SGD learning rate") or by the label; the value is the one shown next to the slider.
        const shown = (await page.getByTestId(`${testId}-value`).textContent())!.trim();
        if (!testId.startsWith(`${decl.key}-`))
          await expect(s).toHaveAccessibleName(new RegExp(`^${escape(decl.label)}`));
        if (!decl.label.includes(m![1])) expect(m![1], `${testId}: a symbol`).toMatch(/^\S{1,4}$/);
        expect(shown.startsWith(m![2]), `${testId}: "${said}" vs "${shown}"`).toBe(true);
        expect(said.includes('log scale'), `${testId}: "${said}"`).toBe(decl.log);
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
