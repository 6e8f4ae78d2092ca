import katex from 'katex';
import { memo, useMemo } from 'react';

/** Typeset TeX with KaTeX; a TeX error shows the source instead of breaking the panel. */
export const Formula = memo(function Formula({
  tex,
  display = false,
  testId,
}: {
  tex: string;
  display?: boolean;
  testId?: string;
}) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  return (
    <span className="formula" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />
  );
});
