import { useStore } from '../state/store';
import { panelMeta, PANELS } from '../panels/catalog';
import { PANEL_COMPONENTS } from './panelComponents';
import { NoticeBar } from '../components/NoticeBar';
import { Landing } from './Landing';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const panel = useStore((s) => s.panel);
  const embed = useStore((s) => s.embed);
  const meta = panelMeta(panel);
  const Panel = meta ? PANEL_COMPONENTS[meta.id] : undefined;

  if (embed && meta && Panel) {
    return (
      <div className="embed" data-testid="embed-root">
        <NoticeBar />
        <ErrorBoundary>
          <Panel />
        </ErrorBoundary>
      </div>
    );
  }

  return (
    <div className="app">
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
      </header>
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
    </div>
  );
}
