import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Accessible figures: every panel's main plot is an image with a name and a description computed
// from the state (each shown method's outcome), and a "Data table" toggle shows its data.

interface Case {
  id: string;
  hash: string;
  /** What the description must say (each shown method's outcome, or the figure's facts). */
  says: RegExp[];
  /** Expected table rows, from the page's own readouts; null: just non-empty. */
  rows?(page: Page): Promise<number>;
}

/** Iterates of the runs in the legend: "converged in N" → N + 1 rows, and so on. */
async function rowsFromJson(page: Page): Promise<number> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  const doc = JSON.parse(
    await (await import('node:fs/promises')).readFile((await dl.path())!, 'utf8'),
  ) as { params: { show: string[] }; runs: { method: string; iterates: unknown[] }[] };
  return doc.runs
    .filter((r) => doc.params.show.includes(r.method))
    .reduce((n, r) => n + r.iterates.length, 0);
}

const CASES: Case[] = [
  {
    id: 'newton',
    hash: '#/newton?problem=rosenbrock&x0=-1.2,1',
    says: [/^Contour plot of J = /, /Newton converged to a minimum in \d+ steps/],
    rows: rowsFromJson,
  },
  {
    id: 'damping',
    hash: '#/damping?problem=logistic&x0=2.3,0.5&eta=0.5',
    says: [/Newton diverged at step \d+/, /Damped Newton converged to a minimum in \d+ steps/],
    rows: rowsFromJson,
  },
  {
    id: 'preconditioning',
    hash: '#/preconditioning',
    says: [/computed in w (converged|diverged|has not)/, /The two routes are at most/],
  },
  {
    id: 'invariance',
    hash: '#/invariance',
    says: [/in θ (converged|diverged|has not)/, /Its run in φ, mapped back to θ, is at most/],
  },
  {
    id: 'proximal',
    hash: '#/proximal',
    says: [/Loss \+ WSD: (after \d+ inner steps|the inner run diverged)/, /Loss \+ WSD \+ FSD:/],
  },
  {
    id: 'hessian-free',
    hash: '#/hessian-free',
    says: [/Conjugate gradient \(CG\) [a-z ]+/, /GD, exact line search [a-z ]+/],
  },
  { id: 'pst', hash: '#/pst', says: [/sampled pseudo-gradients/, /the exact G is/] },
  { id: 'kfac', hash: '#/kfac', says: [/A ⊗ B/, /checks (agree|differ)/] },
];

for (const c of CASES) {
  test(`${c.id}: the main plot is an image with a computed description and a data table`, async ({
    page,
  }) => {
    await page.goto(`./${c.hash}`);
    const host = page.locator('[data-figure-text]').first();
    const img = host.locator('[role="img"][aria-describedby]').first();
    await expect(img).toBeVisible();
    await expect(img).toHaveAccessibleName(/\S{3}/);
    const desc = page.getByTestId('figure-description').first();
    await expect(desc).not.toBeEmpty();
    for (const re of c.says) await expect(img).toHaveAccessibleDescription(re);
    // The description states what the legend's status chips state, method by method.
    const chips = await page.locator('.figure-col .legend .status').allTextContents();
    const text = (await desc.textContent())!;
    for (const chip of chips) {
      const n = chip.match(/\d+/)?.[0];
      if (n) expect(text, chip).toMatch(new RegExp(`\\b${n} steps?\\b|step ${n}\\b`));
    }
    const toggle = host.getByTestId('data-table-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const rows = host.getByTestId('data-table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    if (c.rows) expect(await rows.count()).toBe(await c.rows(page));
    await toggle.click();
    await expect(host.getByTestId('data-table')).toHaveCount(0);
  });
}

test('the description follows the state: undamped Newton diverges, damping makes it converge', async ({
  page,
}) => {
  await page.goto('./#/damping?problem=logistic&x0=2.3,0.5&eta=0&show=newton');
  const img = page.locator('[data-figure-text] [role="img"][aria-describedby]').first();
  await expect(img).toHaveAccessibleDescription(/Newton diverged at step 4/);
  await page.goto('./#/damping?problem=logistic&x0=1,0.5&eta=0&show=newton');
  await expect(img).toHaveAccessibleDescription(/Newton converged to a minimum in \d+ steps/);
});

test('an embed that keeps only some controls keeps the Data table; axe passes with it open', async ({
  page,
}) => {
  // The kit's plain page: an iframe of damping with controls=eta.
  await page.goto('./kit/plain.html');
  const frame = page.frameLocator('#kit-frame');
  await expect(frame.getByTestId('problem-select')).toBeHidden();
  await frame.getByTestId('data-table-toggle').click();
  // Undamped Newton and damped Newton (η = 0, the same method) both diverge at step 4: 5 + 5.
  await expect(frame.getByTestId('data-table').locator('tbody tr')).toHaveCount(10);
  // (landmark-unique: the page's two frames of one panel, see e2e/kit.spec.ts)
  const axe = new AxeBuilder({ page }).disableRules(['landmark-unique']);
  expect((await axe.analyze()).violations.map((v) => v.id)).toEqual([]);
});
