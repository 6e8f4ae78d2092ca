import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openPanel, settledParams, status } from './helpers';

// Predict, then reveal (`predict=1`) on Newton, Damping, Preconditioning and Invariance:
// docs/panels/newton.md#predict-then-reveal.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Pt = [number, number];

async function downloadJson(page: Page): Promise<Json> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-data').click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

/** Clicks the predict surface at a fraction of its width and height (0, 0 = top left). */
async function clickPlot(page: Page, fx: number, fy: number) {
  const box = (await page.getByTestId('predict-surface').boundingBox())!;
  await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
}

const pointOf = async (el: Locator): Promise<Pt> =>
  (await el.getAttribute('data-w'))!.split(',').map(Number) as Pt;

/** The two numbers of "Off by d in w (r step lengths)". */
async function offBy(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('predict-result').textContent())!;
  const m = /^Off by (\S+) in \S+ \((\S+) step lengths?\)/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

/** Within the 2 significant digits the sentence shows. */
const shows = (said: number, exact: number) =>
  expect(Math.abs(said - exact)).toBeLessThanOrEqual(0.051 * exact + 1e-12);

interface Case {
  panel: string;
  /** The link (predict mode on) and the trajectory of the predicted run. */
  hash: string;
  traj: string;
  /** The predicted run's iterates and k from the Download data document. */
  iterates(d: Json): number[][];
  k(d: Json): number;
}

/** Newton and Damping: iterate k of the `focus` method. */
const focused = {
  iterates: (d: Json) => d.runs.find((r: Json) => r.method === d.params.focus).iterates,
  k: (d: Json) => d.iterate.k,
};

const CASES: Case[] = [
  {
    panel: 'newton',
    hash: '#/newton?predict=1&problem=rosenbrock&k=1',
    traj: 'traj-newton',
    ...focused,
  },
  { panel: 'damping', hash: '#/damping?predict=1', traj: 'traj-damped-newton', ...focused },
  {
    panel: 'preconditioning',
    hash: '#/preconditioning?predict=1',
    traj: 'traj-direct',
    iterates: (d) => d.runs.find((r: Json) => r.name === 'preconditioned-gd').iterates,
    k: (d) => d.iterate.k,
  },
  {
    // No analysed iterate of its own: predict mode starts at θ⁽⁰⁾ of Newton's θ run.
    panel: 'invariance',
    hash: '#/invariance?predict=1',
    traj: 'traj-newton',
    iterates: (d) => d.runs.find((r: Json) => r.method === 'newton').theta.iterates,
    k: () => 0,
  },
];

/** Where the tests click: the lower left of every plot, away from its handles. */
const AT: Pt = [0.15, 0.85];

test.describe('Predict, then reveal', () => {
  for (const c of CASES) {
    test(`${c.panel}: click, the true iterate is revealed, "off by" matches the data`, async ({
      page,
    }) => {
      await openPanel(page, c.hash);
      await expect(page.getByTestId('predict-box')).toHaveClass(/\bon\b/);
      await expect(page.getByTestId('predict-prompt')).toContainText('Where will');
      const traj = page.getByTestId(c.traj);
      const before = Number(await traj.getAttribute('data-points'));
      await expect(page.getByTestId('predict-truth')).toHaveCount(0);

      await clickPlot(page, ...AT);
      await expect(page.getByTestId('predict-result')).toContainText('Off by');
      await expect(page.getByTestId('predict-truth')).toBeVisible();
      await expect(traj).toHaveAttribute('data-points', String(before + 1));
      const guess = await pointOf(page.getByTestId('predict-guess'));
      const truth = await pointOf(page.getByTestId('predict-truth'));
      const [said, saidSteps] = await offBy(page);

      // Independently: the run from the Download data document.
      const data = await downloadJson(page);
      const k = c.k(data);
      expect(before).toBe(k + 1); // drawn up to w⁽ᵏ⁾ only while hidden
      const [from, next] = [c.iterates(data)[k], c.iterates(data)[k + 1]];
      expect(truth[0]).toBeCloseTo(next[0], 9);
      expect(truth[1]).toBeCloseTo(next[1], 9);
      const d = Math.sqrt((guess[0] - next[0]) ** 2 + (guess[1] - next[1]) ** 2);
      const step = Math.sqrt((next[0] - from[0]) ** 2 + (next[1] - from[1]) ** 2);
      shows(said, d);
      shows(saidSteps, d / step);
    });
  }

  for (const c of CASES) {
    test(`${c.panel}: axe finds nothing while predicting and after the reveal`, async ({
      page,
    }) => {
      const violations = async (where: string) =>
        (await new AxeBuilder({ page }).analyze()).violations.map(
          (v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        );
      await openPanel(page, c.hash);
      await page.getByTestId('predict-surface').focus();
      await expect(page.getByTestId('predict-crosshair')).toBeVisible();
      const found = await violations('predicting');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('predict-result')).toContainText('Off by');
      await page.getByTestId('predict-yes').click();
      found.push(...(await violations('revealed')));
      expect(found).toEqual([]);
    });
  }

  test('keyboard only: Tab to the plot, arrows move the crosshair, Enter commits, → goes on', async ({
    page,
  }) => {
    await openPanel(page, '#/newton?predict=1&problem=rosenbrock&x0=-1.2,1');
    const surface = page.getByTestId('predict-surface');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await surface.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(surface).toBeFocused();
    await expect(surface).toHaveAttribute('role', 'application');
    await expect(surface).toHaveAttribute('aria-label', /arrow keys move the crosshair/);
    expect(await surface.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('4px');
    // The crosshair starts at w⁽⁰⁾; the view is [−2, 2] × [−1, 3]: a step is 2 % of 4.
    await expect(page.getByTestId('predict-cursor')).toContainText('(-1.2, 1)');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp'])
      await page.keyboard.press(key);
    await page.keyboard.press('Shift+ArrowLeft'); // fine: 0.25 % of 4
    await expect(page.getByTestId('predict-cursor')).toContainText('(-0.97, 1.16)');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('predict-crosshair')).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('predict-cursor')).toContainText('(-1.2, 0.92)');
    await expect(page.getByTestId('k-readout')).toContainText('k = 0'); // arrows stayed here

    await page.keyboard.press('Enter');
    const result = page.getByTestId('predict-result');
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await expect(result).toContainText('Off by');
    await expect(result).toContainText('you predicted (-1.2, 0.92)');
    expect(await pointOf(page.getByTestId('predict-guess'))).toEqual([-1.2, 0.92]);

    // After the reveal, → predicts the next step.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('k-readout')).toContainText('k = 1');
    await expect(page.getByTestId('predict-prompt')).toContainText('next iterate w⁽²⁾');
    await expect(page.getByTestId('predict-result')).toBeEmpty();
  });

  test('presenter mode: p toggles predict mode, the key bar lists it, → continues', async ({
    page,
  }) => {
    await openPanel(page, '#/damping?present=1');
    await expect(page.getByTestId('presenter-keys')).toContainText('p predict');
    await page.keyboard.press('p');
    await expect(page.getByTestId('predict-box')).toHaveClass(/\bon\b/);
    expect((await settledParams(page)).get('predict')).toBe('1');

    await page.getByTestId('predict-surface').focus();
    // The big crosshair: its ring is twice the size of the normal one (r = 10).
    await expect(page.getByTestId('predict-crosshair').locator('circle').first()).toHaveAttribute(
      'r',
      '20',
    );
    await clickPlot(page, 0.2, 0.8);
    await expect(page.getByTestId('predict-result')).toContainText('Off by');
    await page.getByTestId('predict-surface').evaluate((el) => (el as SVGElement).blur());
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('k-readout')).toContainText('k = 1');
    await expect(page.getByTestId('predict-prompt')).toContainText('w⁽²⁾');

    await page.keyboard.press('p');
    await expect(page.getByTestId('predict-box')).not.toHaveClass(/\bon\b/);
    expect((await settledParams(page)).get('predict')).toBeNull();
  });

  test('presenter key bar: no p on a panel without predict mode', async ({ page }) => {
    await openPanel(page, '#/kfac?present=1');
    await expect(page.getByTestId('presenter-keys')).not.toContainText('p predict');
  });

  for (const [x0, answer, verdict, status_] of [
    ['2.3,0.5', 'no', 'Right', 'diverged'],
    ['2.3,0.5', 'yes', 'Not this time', 'diverged'],
    ['2,0.5', 'yes', 'Right', 'converged'],
  ] as const) {
    test(`yes/no before the run: from (${x0}) "${answer}" — ${verdict}`, async ({ page }) => {
      await openPanel(page, `#/damping?predict=1&problem=logistic&x0=${x0}&eta=0.1`);
      await expect(page.getByTestId('predict-box')).toContainText(
        `Will undamped Newton converge from w⁽⁰⁾ = (${x0.replace(',', ', ')})?`,
      );
      // The runs' endings are hidden until answered.
      await expect(status(page, /^Newton \(η = 0\)/)).toHaveText('hidden');
      await expect(page.getByTestId('caption')).not.toContainText(status_);

      await page.getByTestId(`predict-${answer}`).click();
      const data = await downloadJson(page);
      const run = data.runs.find((r: Json) => r.method === 'newton');
      expect(run.status).toBe(status_);
      const fate =
        status_ === 'diverged' ? `diverged at step ${run.divergedAt}` : `converged in ${run.steps}`;
      await expect(page.getByTestId('predict-answer')).toHaveText(
        new RegExp(`^You said ${answer}\\. ${verdict}: undamped Newton ${fate}`),
      );
      await expect(status(page, /^Newton \(η = 0\)/)).toContainText(status_);
      await expect(page.getByTestId('predict-yes')).toBeDisabled();
    });
  }

  test('embeds, and nothing about the student is stored', async ({ page }) => {
    await openPanel(page, '#/embed/preconditioning?predict=1&controls=eta');
    const stored = () =>
      page.evaluate(() => ({
        local: Object.keys(localStorage).sort(),
        session: Object.keys(sessionStorage).sort(),
        cookie: document.cookie,
      }));
    const before = await stored();
    await page.getByTestId('predict-no').click();
    await clickPlot(page, ...AT);
    await expect(page.getByTestId('predict-result')).toContainText('Off by');
    await expect(page.getByTestId('predict-answer')).toContainText('preconditioned GD');
    expect(await stored()).toEqual(before);
    expect(before.cookie).toBe('');
  });

  test('in a sandboxed iframe', async ({ page, baseURL }) => {
    // The sandbox a course page gives an embed: scripts, no top navigation, forms or popups.
    // (Without allow-same-origin the frame's origin is opaque, and the app's module scripts load
    // only from a host that answers them with CORS headers — true of the whole app, not of
    // predict mode.)
    const src = new URL('./#/embed/invariance?predict=1', baseURL).href;
    await page.setContent(
      `<iframe sandbox="allow-scripts allow-same-origin" src="${src}" width="1000" height="1400"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const surface = frame.getByTestId('predict-surface');
    await expect(surface).toBeVisible({ timeout: 30_000 });
    const box = (await surface.boundingBox())!;
    await page.mouse.click(box.x + AT[0] * box.width, box.y + AT[1] * box.height);
    await expect(frame.getByTestId('predict-result')).toContainText('Off by');
    await expect(frame.getByTestId('predict-truth')).toBeVisible();
  });
});
