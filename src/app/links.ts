/** Permalinks of the current state, with the catalog's schemas wired into the URL layer. */
import { panelMeta } from '../panels/catalog';
import type { PanelId } from '../params/panelIds';
import { hashFor } from '../state/urlSync';

export function panelHash(panel: PanelId, embed: boolean): string {
  return hashFor(panel, embed, panelMeta);
}
