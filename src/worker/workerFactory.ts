/**
 * Starting the engine's worker where the page allows one. Imported as a URL only: the worker's
 * code is downloaded when the first job needs the worker, not with the page.
 */
import workerUrl from './engine.worker.ts?worker&url';

export type WorkerFactory = () => Worker;

/** A factory for the engine worker, or null where this browser has no Worker at all. */
export function defaultWorkerFactory(): WorkerFactory | null {
  if (typeof Worker === 'undefined') return null;
  return () => {
    try {
      return new Worker(workerUrl, { type: 'module' });
    } catch {
      // A sandboxed frame without allow-same-origin has an opaque origin, which may not start a
      // worker from the host's URL. A blob URL belongs to the frame's own origin, and the module it
      // imports is fetched with CORS (static hosts such as GitHub Pages allow that). Where this
      // throws too, the engine computes on the page's thread.
      const src = `import ${JSON.stringify(new URL(workerUrl, location.href).href)};`;
      const blob = new Blob([src], { type: 'text/javascript' });
      return new Worker(URL.createObjectURL(blob), { type: 'module' });
    }
  };
}
