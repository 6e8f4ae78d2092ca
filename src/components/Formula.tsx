import katex from 'katex';
import { memo, useDeferredValue, useMemo } from 'react';

interface Props {
  tex: string;
  display?: boolean;
  testId?: string;
}

/** Typeset TeX with KaTeX; a TeX error shows the source instead of breaking the panel. */
export const Formula = memo(function Formula({ tex: latestTex, display = false, testId }: Props) {
  // Typesetting is the costliest part of an update; deferring it lets the plot reach the screen
  // first and the formula follow in the next idle slot.
  const tex = useDeferredValue(latestTex);
  const html = useMemo(
    () =>
      // HTML output only: half the DOM of htmlAndMathml, which matters for formulas that change
      // every frame; assistive technology gets the TeX source as the label instead.
      katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'html' }),
    [tex, display],
  );
  return (
    <span
      className="formula"
      role="math"
      aria-label={tex}
      // A display formula can be wider than a phone's column and then scrolls: keyboard users
      // must be able to reach it to scroll it.
      tabIndex={display ? 0 : undefined}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
