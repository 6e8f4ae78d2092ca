import { useEffect, useState } from 'react';
import { permalink, printFigureSvg } from './printFigure';

/**
 * What a printout (or a PDF) of the page shows: the current figure as vector SVG with its title,
 * legend and parameters, the permalink as text and a QR code to it. Hidden on screen; kept up to
 * date a moment after each change and again when printing starts, so a print that gives no
 * `beforeprint` (a headless PDF) still has the current figure.
 */
export function PrintView({ title }: { title: string }) {
  const [svg, setSvg] = useState('');
  const [url, setUrl] = useState('');
  useEffect(() => {
    let alive = true;
    let timer = 0;
    const refresh = () => {
      void printFigureSvg(title).then((s) => {
        if (!alive || !s) return;
        setSvg(s.replace(/^<\?xml[^>]*>\s*/, ''));
        setUrl(permalink());
      });
    };
    const later = () => {
      clearTimeout(timer);
      timer = window.setTimeout(refresh, 1000);
    };
    const mql = matchMedia('print');
    const onMedia = () => mql.matches && refresh();
    later();
    window.addEventListener('hashchange', later);
    window.addEventListener('beforeprint', refresh);
    mql.addEventListener('change', onMedia);
    // URL sync writes the address with replaceState (no hashchange): check it now and then.
    let last = location.href;
    const poll = window.setInterval(() => {
      if (location.href !== last) {
        last = location.href;
        later();
      }
    }, 1000);
    return () => {
      alive = false;
      clearTimeout(timer);
      clearInterval(poll);
      window.removeEventListener('hashchange', later);
      window.removeEventListener('beforeprint', refresh);
      mql.removeEventListener('change', onMedia);
    };
  }, [title]);
  return (
    // Hidden on screen, so the page's own <main> is the only one there; in print, this one.
    <div className="print-view" role="main" data-testid="print-view">
      <h1 className="print-title">Curvature Lab — {title}</h1>
      {svg && (
        <figure
          className="print-figure"
          aria-label={`${title}: the figure as printed, with a QR code to the live figure`}
          // Our own serialized figure (no user markup): the same SVG as the export.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      {url && (
        <p className="print-link">
          Live figure: <a href={url}>{url}</a>
        </p>
      )}
    </div>
  );
}
