/**
 * Panel id → component, each loaded with its own code when it is first shown (a course page that
 * embeds one panel downloads that panel, not the whole app). Opening a panel also fetches the
 * core of the jobs it runs on the page's thread, in parallel with the panel's own code.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { PanelId } from '../params/panelIds';
import { preloadJobKinds } from '../state/engineClient';
import type { Kind } from '../worker/quick';

type Loader = () => Promise<ComponentType>;

function panel(load: Loader, kinds: readonly Kind[]): ComponentType {
  const Lazy = lazy(() => {
    preloadJobKinds(kinds);
    return load().then((c) => ({ default: c }));
  });
  return function LazyPanel() {
    return (
      <Suspense fallback={<PanelLoading />}>
        <Lazy />
      </Suspense>
    );
  };
}

/** Holds the panel's place while its code arrives, so the page below does not jump. */
function PanelLoading() {
  return (
    <section className="panel" aria-busy="true" style={{ minHeight: '70vh' }}>
      <p className="small">Loading the panel…</p>
    </section>
  );
}

/** Ids are public (URLs, embeds): never rename one. */
export const PANEL_COMPONENTS: Record<PanelId, ComponentType> = {
  newton: panel(() => import('../panels/newton/NewtonPanel').then((m) => m.NewtonPanel), ['opt2d']),
  damping: panel(
    () => import('../panels/damping/DampingPanel').then((m) => m.DampingPanel),
    ['opt2d'],
  ),
  preconditioning: panel(
    () =>
      import('../panels/preconditioning/PreconditioningPanel').then((m) => m.PreconditioningPanel),
    ['precond'],
  ),
  invariance: panel(
    () => import('../panels/invariance/InvariancePanel').then((m) => m.InvariancePanel),
    ['invariance'],
  ),
  pst: panel(() => import('../panels/pst/PstPanel').then((m) => m.PstPanel), ['pst', 'pst-ema']),
  proximal: panel(
    () => import('../panels/proximal/ProximalPanel').then((m) => m.ProximalPanel),
    [],
  ),
  kfac: panel(
    () => import('../panels/kfac/KfacPanel').then((m) => m.KfacPanel),
    ['kfac-curvature', 'kfac-sampled'],
  ),
  'hessian-free': panel(
    () => import('../panels/hessian-free/HessianFreePanel').then((m) => m.HessianFreePanel),
    ['cg-model'],
  ),
};
