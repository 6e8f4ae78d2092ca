import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './app/styles.css';
import { App } from './app/App';
import { startUrlSync } from './state/urlSync';
import { panelMeta } from './panels/catalog';
import { crashEngineForTest, engineRoutes, requestJob } from './state/engineClient';
import type { Job } from './worker/protocol';
import { useStore } from './state/store';
import { startHeightReports } from './app/reportHeight';
import { offlineStatus, startServiceWorker } from './app/offline';
import { paletteCss } from './components/palette';

// The palette as CSS custom properties (--cl-blue, --cl-ink, …) for the stylesheets. A <style>
// element, not an inline script, so a `script-src 'self'` policy still allows it.
const palette = document.createElement('style');
palette.textContent = paletteCss();
document.head.prepend(palette);

startUrlSync(panelMeta);
const embed = useStore.getState().embed;
if (embed) startHeightReports();
// An embed keeps only what it used for offline reading; the app itself keeps the whole site.
startServiceWorker(!embed);

// A small, documented handle for tests and for anyone profiling in the console.
(window as unknown as { __curvlab: unknown }).__curvlab = {
  crashWorker: crashEngineForTest,
  runJob: (job: Job) => requestJob('debug', job),
  state: () => useStore.getState(),
  routes: engineRoutes,
  offline: offlineStatus,
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
