import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PRINT_HELLO, PRINT_WANTED } from '../embed/printProtocol';
import { useStore } from '../state/store';
import type { PrintFigure } from './printFigure';
import { createPrintSchedule } from './printSchedule';

/**
 * What a printout (or a PDF) of the page shows: the current figure as vector SVG with its title,
 * legend, parameters and caption, a QR code to the permalink, and the permalink as a text line
 * (so the PDF carries it as text and as a link). Hidden on screen; kept up to date a moment after
 * each change and again when printing starts, so a print that gives no `beforeprint` (a headless
 * PDF) still has the current figure. Until a figure is ready the page prints as it is shown.
 *
 * An embed builds it only when someone will print it: its host element (`<curvature-lab>`, which
 * prints the figure in place of its frame) asks for it with a `curvlab:print-wanted` answer to the
 * frame's greeting, or the embed's own page starts printing. A plain iframe in course notes or an
 * LMS never pays for the QR encoder and the figure renderer.
 */
export function PrintView({ title, embedded = false }: { title: string; embedded?: boolean }) {
  const [fig, setFig] = useState<PrintFigure | null>(null);
  useEffect(() => {
    let alive = true;
    let wanted = !embedded;
    const refresh = () => {
      wanted = true;
      import('./printFigure')
        .then((m) => m.printFigure(title))
        .then((f) => {
          if (!alive) return;
          // No figure yet (its panel is still loading) or none laid out (a page without one):
          // try again, less and less often, so a slow first load still sends one and a page
          // with none does not keep looking every second. In print layout the last one stays.
          if (!f) {
            if (!mql.matches) retry();
            return;
          }
          setFig(f);
          if (window.parent !== window)
            window.parent.postMessage({ type: 'curvlab:print', ...f }, '*');
        }, retry); // offline, the code did not arrive: try again later
    };
    const timing = createPrintSchedule(refresh);
    const later = () => {
      if (wanted) timing.later();
    };
    const retry = () => {
      if (wanted) timing.retry();
    };
    const inFrame = window.parent !== window;
    const onMessage = (e: MessageEvent) => {
      if (inFrame && e.source === window.parent && e.data?.type === PRINT_WANTED && !wanted)
        refresh();
    };
    if (embedded && inFrame) {
      window.addEventListener('message', onMessage);
      window.parent.postMessage({ type: PRINT_HELLO }, '*');
    }
    const mql = matchMedia('print');
    const onMedia = () => mql.matches && refresh();
    later();
    // Any change of parameters or results (the figure, its caption, the link) moves the rebuild
    // to a second after it: never while a slider moves or a run trains, where it would take a
    // frame's time (QR code, serialized figure) from the student's next change.
    const unsubscribe = useStore.subscribe(later);
    // A panel's own animation (Pullback sampling revealing its samples) changes the figure
    // without the store: its description tells.
    const desc = () => document.querySelector('[data-figure-desc]')?.textContent ?? '';
    let last = desc();
    const poll = window.setInterval(() => {
      if (!wanted) return; // an embed nobody prints: nothing to keep up to date
      const now = desc();
      if (now !== last) later();
      last = now;
    }, 1000);
    window.addEventListener('beforeprint', refresh);
    mql.addEventListener('change', onMedia);
    return () => {
      alive = false;
      timing.cancel();
      clearInterval(poll);
      unsubscribe();
      window.removeEventListener('beforeprint', refresh);
      window.removeEventListener('message', onMessage);
      mql.removeEventListener('change', onMedia);
    };
  }, [title, embedded]);
  // Print shows this view in place of the page only once it has a figure (print CSS).
  const ready = fig !== null;
  useEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    root.setAttribute('data-print-figure', '');
    return () => root.removeAttribute('data-print-figure');
  }, [ready]);
  return (
    // Hidden on screen, so the page's own <main> is the only one there; in print, this one. In an
    // embed, no landmark: the host page has its own <main>, and a frame's would be a second one.
    <div className="print-view" role={embedded ? undefined : 'main'} data-testid="print-view">
      <h1 className="print-title">Curvature Lab — {title}</h1>
      {fig && <ShadowSvg svg={fig.svg.replace(/^<\?xml[^>]*>\s*/, '')} label={fig.desc || title} />}
      {fig && (
        <p className="print-link" data-testid="print-link">
          Live figure: <a href={fig.url}>{fig.url}</a>
        </p>
      )}
    </div>
  );
}

/**
 * Our own serialized figure (no user markup), in a shadow root: the exported SVG carries a
 * <style> for its text, which inlined in the page would restyle every SVG text of the app.
 */
function ShadowSvg({ svg, label }: { svg: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>svg{display:block;max-width:100%;height:auto}</style>${svg}`;
  }, [svg]);
  // A <div>: <figure> cannot host a shadow root.
  return <div ref={host} className="print-figure" role="img" aria-label={label} />;
}
