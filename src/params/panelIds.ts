/** Panel ids: public (they appear in links, embeds and file names), in the lecture's order. */
export const PANEL_IDS = [
  'newton',
  'damping',
  'preconditioning',
  'invariance',
  'proximal',
  'hessian-free',
  'pst',
  'kfac',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export function isPanelId(s: string | null | undefined): s is PanelId {
  return (PANEL_IDS as readonly (string | null | undefined)[]).includes(s);
}
