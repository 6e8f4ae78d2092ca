import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { panelHash } from './links';
import { panelMeta, PANELS } from '../panels/catalog';
import { PANEL_COMPONENTS } from './panelComponents';
import { NoticeBar } from './NoticeBar';
import { Landing } from './Landing';
import { ErrorBoundary } from './ErrorBoundary';
import { hasPredict } from './predictKey';
import { startKeyForwarding } from './forwardKeys';
import { handlePresenterKey } from './presenterKeys';
import { ScenesMenu } from './ScenesMenuLazy';
import { StageBar } from './StageBar';
import { startStage } from './stage';
import { PrintView } from './PrintView';
import './stage.css';

// Dialogs load when first opened: an embedded panel never shows them.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);

/** CSS that hides every control except the listed ones (embed `controls=` parameter). */
function controlsCss(list: string): string {
  const ids = list.split(',').filter((s) => /^[\w-]+$/.test(s));
  if (ids.length === 0) return '';
  const keep = ids.map((id) => `.embed [data-control="${id}"]`).join(',');
  return `.embed [data-control]{display:none !important} ${keep}{display:revert !important}`;
}

export function App() {
  const panel = useStore((s) => s.panel);
  const embed = useStore((s) => s.embed);
  const view = useStore((s) => (panel ? s.params[panel] : undefined));
  const setParams = useStore((s) => s.setParams);
  const [sharing, setSharing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const meta = panelMeta(panel);
  const Panel = meta ? PANEL_COMPONENTS[meta.id] : undefined;
  const present = view?.present === '1';

  useEffect(() => {
    if (!present || !panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (handlePresenterKey(e, panel)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present, panel]);

  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
  }, [present]);
  // The stage starts with the panel's first render: loaded on demand, it started late enough to
  // measure a half-drawn figure first and settle on too narrow a layout now and then.
  const staged = present && Panel ? meta!.id : null;
  useEffect(() => (staged ? startStage(staged) : undefined), [staged]);
  // In a slide or course page, keys the panel does not use go to the host (curvlab:key).
  useEffect(() => (embed && !present ? startKeyForwarding() : undefined), [embed, present]);

  if (embed && meta && Panel) {
    return (
      <div className="embed" data-testid="embed-root">
        <style>{controlsCss(String(view?.controls ?? ''))}</style>
        <NoticeBar />
        <ErrorBoundary>
          <Panel />
        </ErrorBoundary>
        <a className="open-full" href={panelHash(meta.id, false)} target="_blank" rel="noopener">
          open in Curvature Lab ↗
        </a>
        <PrintView title={meta.title} embedded />
      </div>
    );
  }

  return (
    <div className="app">
      {present && meta ? (
        <StageBar
          panel={meta.id}
          title={meta.title}
          onExport={() => setExporting(true)}
          onExit={() => setParams(meta.id, { present: '0' })}
        />
      ) : (
        <header className="topbar">
          <a href="#/" className="brand">
            Curvature Lab
          </a>
          <nav aria-label="Panels">
            {PANELS.map((p) => (
              <a key={p.id} href={`#/${p.id}`} aria-current={p.id === panel ? 'page' : undefined}>
                {p.title}
              </a>
            ))}
          </nav>
          {meta && (
            <div className="view-tools">
              <button
                type="button"
                aria-pressed={present}
                data-testid="presenter-toggle"
                title={`The figure as large as the screen allows; keys: space, ← →, r, 1–9, v, f${hasPredict(meta.id) ? ', p' : ''}`}
                onClick={() => setParams(meta.id, { present: present ? '0' : '1' })}
              >
                Presenter mode
              </button>
              <ScenesMenu panel={meta.id} />
              <button type="button" onClick={() => setExporting(true)} data-testid="export-open">
                Export figures
              </button>
              <button type="button" onClick={() => setSharing(true)} data-testid="share-open">
                Share / Embed
              </button>
            </div>
          )}
        </header>
      )}
      <main>
        <NoticeBar />
        {meta && Panel ? (
          <ErrorBoundary key={meta.id}>
            <Panel />
          </ErrorBoundary>
        ) : (
          <Landing />
        )}
      </main>
      {meta && Panel && <PrintView title={meta.title} />}
      <Suspense fallback={null}>
        {sharing && meta && <ShareDialog panel={meta.id} onClose={() => setSharing(false)} />}
        {exporting && meta && (
          <ExportDialog panel={meta.id} title={meta.title} onClose={() => setExporting(false)} />
        )}
      </Suspense>
    </div>
  );
}
