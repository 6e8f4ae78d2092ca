import { lazy, Suspense } from 'react';
import type { PanelId } from '../params/panelIds';

const Menu = lazy(() => import('./ScenesMenu').then((m) => ({ default: m.ScenesMenu })));

/**
 * The scenes menu, fetched when the app's toolbar or the presenter's bar first shows it: an
 * embedded panel has neither, and need not download it.
 */
export function ScenesMenu({ panel }: { panel: PanelId }) {
  return (
    <Suspense fallback={null}>
      <Menu panel={panel} />
    </Suspense>
  );
}
