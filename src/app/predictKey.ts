import type { PanelId } from '../params/panelIds';
import { panelMeta } from '../panels/catalog';
import { useStore } from '../state/store';

/** Whether a panel has predict mode (its declarations include `predict`). */
export const hasPredict = (panel: PanelId) => panelMeta(panel)?.params.predict !== undefined;

/** Presenter key p: toggles predict mode on the panels that have it; false elsewhere. */
export function togglePredict(panel: PanelId): boolean {
  if (!hasPredict(panel)) return false;
  const { params, setParams } = useStore.getState();
  setParams(panel, { predict: params[panel]?.predict === '1' ? '0' : '1' });
  return true;
}
