/**
 * Presenter mode as a stage: the panel's main figure as large as the screen allows, the controls
 * that matter beside it (or under it on a narrow screen), secondary views one key (v) away.
 *
 * The panels lay themselves out for reading; the stage does not change them. It measures the
 * figure's aspect (height per width of the figure column, which drives the plots' drawn width),
 * picks one of two layouts and sets the figure column's width so the figure fills the screen:
 *
 * - `side`: the figure pinned at the left at full height, everything else in a column to its
 *   right (title, legend with status, step controls, caption, then the controls with the lesson's
 *   slider first);
 * - `top`: for wide figures (two plots side by side) on 4:3 screens, the figure across the top,
 *   sized so the legend and the lesson's slider still fit under it.
 *
 * Layout choices are CSS (stage.css) keyed on `html[data-stage]` and the variables set here.
 */

/** The slider (or control) each panel's lesson is about: first in the stage's controls. */
export const PRIMARY_CONTROL: Record<string, string> = {
  newton: 'eta',
  damping: 'eta',
  preconditioning: 'angle',
  invariance: 'eta',
  proximal: 'lfsd',
  'hessian-free': 'kappa',
  pst: 'samples',
  kfac: 'size-A',
};

/** The main figure: a pair of plots, the main plot, or Hessian-free's model plot. */
const MAIN = ['.twin-plots', '[data-testid="main-plot"]', '[data-testid="model-plot"]'];
const PAD = 8;
/** The side column never gets narrower than this (px): a slider and its label fit. */
const SIDE_MIN = 300;
/** Estimated height of the top layout's strip under the figure (legend, step controls). */
const TOP_OTHER_GUESS = 150;

function stageFigure(): { fig: HTMLElement; wrap: Element } | null {
  const fig = document.querySelector<HTMLElement>('.panel .figure-col');
  if (!fig) return null;
  for (const sel of MAIN) {
    const plot = fig.querySelector(sel);
    if (!plot) continue;
    // The figure column's child that holds the plot, unless that is a block with its own text
    // (then the plot alone goes on the stage and the text beside it).
    let wrap = plot;
    while (wrap.parentElement && wrap.parentElement !== fig) wrap = wrap.parentElement;
    // A figure with its text alternative (FigureText): the figure goes on the stage, its data
    // table toggle stays in the column beside it (the figure may be a plot's <svg> itself).
    if (wrap.matches('[data-figure-text]') && wrap.firstElementChild) wrap = wrap.firstElementChild;
    return { fig, wrap: wrap.querySelector('.caption') ? plot : wrap };
  }
  return null;
}

/**
 * Marks the figure column's child that holds the stage figure (when the figure is not that child
 * itself): `parent` when the figure is its direct child, `ancestor` otherwise. stage.css styles
 * the column by it, in place of a :has() selector.
 */
function markHolder(fig: Element, wrap: Element) {
  let holder: Element | null = wrap.parentElement === fig ? null : wrap;
  while (holder && holder.parentElement !== fig) holder = holder.parentElement;
  const value = holder && (wrap.parentElement === holder ? 'parent' : 'ancestor');
  for (const el of document.querySelectorAll('[data-stage-holder]'))
    if (el !== holder) el.removeAttribute('data-stage-holder');
  if (holder && value && holder.getAttribute('data-stage-holder') !== value)
    holder.setAttribute('data-stage-holder', value);
}

function barHeight(): number {
  return document.querySelector('.stage-bar')?.getBoundingClientRect().height ?? 0;
}

/** The figure's last measured width and height, for the next fitting step. */
let sample: { w: number; h: number } | null = null;

/** Lays out the stage once; returns whether something changed (so the caller measures again). */
function fitOnce(panel: string, relayout: boolean): boolean {
  const root = document.documentElement;
  const found = stageFigure();
  if (!found) return false;
  const { fig, wrap } = found;
  for (const el of document.querySelectorAll('[data-stage-figure]'))
    if (el !== wrap) el.removeAttribute('data-stage-figure');
  wrap.setAttribute('data-stage-figure', '');
  markHolder(fig, wrap);
  const primary = document.querySelector<HTMLElement>(
    `.panel [data-control="${PRIMARY_CONTROL[panel] ?? ''}"]`,
  );
  if (primary && !primary.hasAttribute('data-stage-primary'))
    primary.setAttribute('data-stage-primary', '');
  const vw = root.clientWidth;
  const vh = window.innerHeight;
  const bar = barHeight();
  root.style.setProperty('--stage-bar', `${Math.round(bar)}px`);
  root.style.setProperty('--stage-pad', `${PAD}px`);
  const figW = fig.getBoundingClientRect().width;
  const figH = wrap.getBoundingClientRect().height;
  if (figW < 50 || figH < 50) return false;
  const r = figH / figW;
  const H = vh - bar - 2 * PAD;
  const sideMax = vw - SIDE_MIN - 3 * PAD;
  let layout = root.dataset.stage;
  if (relayout || !layout) {
    const sideW = Math.min(sideMax, H / r);
    const topW = Math.min(vw - 2 * PAD, (H - TOP_OTHER_GUESS) / r);
    layout = topW * topW > 1.15 * sideW * sideW ? 'top' : 'side';
    root.dataset.stage = layout;
  }
  const maxW = layout === 'side' ? sideMax : vw - 2 * PAD;
  // The height the figure may take.
  let target = H;
  if (layout === 'top') {
    // Under the figure: the legend and step controls (beside the lesson's control card).
    const y = window.scrollY;
    const box = wrap.getBoundingClientRect();
    const must = [...fig.querySelectorAll<HTMLElement>('.legend, .play-controls')];
    const mustBottom = Math.max(
      box.bottom + y + (primary?.getBoundingClientRect().height ?? 0) + 8,
      ...must.map((el) => el.getBoundingClientRect().bottom + y),
    );
    target = vh - (box.top + y) - (mustBottom - (box.bottom + y)) - PAD;
  }
  // The figure's height is close to affine in its width (plots scale, titles and tables under
  // them do not): solve h(w) = target from the last two measurements, or by proportion.
  let w = relayout ? maxW : (target / figH) * figW;
  if (!relayout && sample && Math.abs(sample.w - figW) > 8) {
    const a = (figH - sample.h) / (figW - sample.w);
    if (a > 0.05) w = figW + (target - figH) / a;
  }
  sample = { w: figW, h: figH };
  // At most 40 % smaller per step and never below 45 % of the room: a transient measurement
  // (a result still arriving, a layout switch inside the panel) cannot collapse the figure.
  if (!relayout) w = Math.max(w, 0.6 * figW);
  w = Math.max(240, 0.45 * maxW, Math.floor(Math.min(maxW, w)));
  w = Math.floor(w);
  const prev = parseFloat(root.style.getPropertyValue('--stage-w')) || 0;
  if (Math.abs(prev - w) <= 2) return false;
  root.style.setProperty('--stage-w', `${w}px`);
  root.style.setProperty('--stage-side', `${Math.max(0, vw - w - 3 * PAD)}px`);
  root.style.setProperty('--stage-full', `${vw - 2 * PAD}px`);
  return true;
}

function clearStage() {
  const root = document.documentElement;
  delete root.dataset.stage;
  for (const v of ['--stage-w', '--stage-side', '--stage-full', '--stage-bar', '--stage-pad'])
    root.style.removeProperty(v);
  for (const el of document.querySelectorAll(
    '[data-stage-figure], [data-stage-holder], [data-stage-shown], [data-stage-primary]',
  )) {
    el.removeAttribute('data-stage-figure');
    el.removeAttribute('data-stage-holder');
    el.removeAttribute('data-stage-shown');
    el.removeAttribute('data-stage-primary');
  }
}

/** Fits the stage now and keeps it fitted; returns the function that ends presenter mode's layout. */
export function startStage(panel: string): () => void {
  let frame = 0;
  let rounds = 0;
  let relayout = true;
  const schedule = (newLayout = false) => {
    relayout ||= newLayout;
    if (newLayout) rounds = 0;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const changed = fitOnce(panel, relayout);
      relayout = false;
      // A few rounds converge (text under the figure rewraps with its width); never loop.
      if (changed && ++rounds < 12) schedule();
    });
  };
  const ro = new ResizeObserver(() => schedule());
  const observe = () => {
    ro.disconnect();
    const found = stageFigure();
    if (found) {
      ro.observe(found.wrap);
      ro.observe(found.fig);
    }
  };
  // The figure appears once the first result arrives and is replaced when views change.
  const mo = new MutationObserver(() => {
    const found = stageFigure();
    if (found && !found.wrap.hasAttribute('data-stage-figure')) {
      observe();
      schedule(true);
    }
  });
  mo.observe(document.getElementById('root') ?? document.body, {
    childList: true,
    subtree: true,
  });
  const onResize = () => schedule(true);
  window.addEventListener('resize', onResize);
  observe();
  schedule(true);
  return () => {
    cancelAnimationFrame(frame);
    ro.disconnect();
    mo.disconnect();
    window.removeEventListener('resize', onResize);
    clearStage();
  };
}
