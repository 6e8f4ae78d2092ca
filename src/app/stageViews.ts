/** The stage's secondary views (key v in presenter mode); the stage's layout is stage.ts. */

/**
 * The panel's secondary views (the loss strip under a 2-D figure, the rows under the figure),
 * which the stage shows one at a time, in page order.
 */
function secondaryViews(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>('.panel .panel-row, .panel .loss-strip'),
  ].filter((el) => el.childElementCount > 0);
}

/**
 * Key v on the stage: show the next secondary view over the figure; after the last one, the
 * figure again. Returns the view now shown (1-based) and how many there are.
 */
export function cycleSecondaryView(): { shown: number; count: number } {
  const views = secondaryViews();
  const current = views.findIndex((el) => el.hasAttribute('data-stage-shown'));
  for (const el of views) el.removeAttribute('data-stage-shown');
  const next = current + 1;
  if (next < views.length) {
    views[next].setAttribute('data-stage-shown', '');
    views[next].scrollTop = 0;
    return { shown: next + 1, count: views.length };
  }
  return { shown: 0, count: views.length };
}
