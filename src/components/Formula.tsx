import type katexType from 'katex';
import tables from 'virtual:curvlab-formulas';
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { KATEX_OPTIONS, typesetFromTables } from './formulaShapes';

interface Props {
  tex: string;
  display?: boolean;
  testId?: string;
}

// KaTeX's code (≈ 70 KB compressed) is fetched only for a formula the build did not typeset.
let katex: typeof katexType | null = null;
let loading: Promise<void> | null = null;
function loadKatex(): Promise<void> {
  loading ??= import('katex').then((m) => void (katex = m.default));
  // A failed download (offline) may be retried by the next formula that needs it.
  loading.catch(() => (loading = null));
  return loading;
}

function typeset(tex: string, display: boolean, katexReady: boolean): string | null {
  const known = typesetFromTables(tables, tex, display);
  if (known !== null || !katexReady || !katex) return known;
  return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
}

/**
 * Typeset TeX: from the build's tables when the formula (or its shape, with live numbers) is
 * known, else with KaTeX loaded on demand — the same markup either way. A TeX error shows the
 * source instead of breaking the panel.
 */
export const Formula = memo(function Formula({ tex: latestTex, display = false, testId }: Props) {
  // Typesetting is the costliest part of an update; deferring it lets the plot reach the screen
  // first and the formula follow in the next idle slot.
  const tex = useDeferredValue(latestTex);
  const [katexReady, setKatexReady] = useState(katex !== null);
  // HTML output only: half the DOM of htmlAndMathml, which matters for formulas that change
  // every frame; assistive technology gets the TeX source as the label instead.
  const html = useMemo(() => typeset(tex, display, katexReady), [tex, display, katexReady]);
  useEffect(() => {
    if (html === null)
      loadKatex().then(
        () => setKatexReady(true),
        () => {},
      );
  }, [html]);
  return (
    <span
      className="formula"
      role="math"
      aria-label={tex}
      aria-busy={html === null ? true : undefined}
      // A display formula can be wider than a phone's column and then scrolls: keyboard users
      // must be able to reach it to scroll it.
      tabIndex={display ? 0 : undefined}
      data-testid={testId}
      // Holds about a line's place while KaTeX arrives, so the page does not jump as much.
      style={
        html === null
          ? { display: 'inline-block', minHeight: display ? '3em' : '1.2em' }
          : undefined
      }
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
    />
  );
});
