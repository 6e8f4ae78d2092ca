/**
 * Host side of the key protocol (docs/embedding.md): a `curvlab:key` message from an embedded
 * panel becomes the same keydown on the host page, so the page's own shortcuts (a reveal.js
 * deck's → or PageDown) work while the panel has focus.
 */
export interface CurvlabKey {
  type: 'curvlab:key';
  key: string;
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const KEY_CODES: Record<string, number> = {
  ArrowLeft: 37,
  ArrowUp: 38,
  ArrowRight: 39,
  ArrowDown: 40,
  PageUp: 33,
  PageDown: 34,
  End: 35,
  Home: 36,
  ' ': 32,
  Escape: 27,
  Backspace: 8,
};

export function isCurvlabKey(d: unknown): d is CurvlabKey {
  const m = d as Partial<CurvlabKey> | null;
  return m?.type === 'curvlab:key' && typeof m.key === 'string' && m.key.length <= 20;
}

/** Dispatches the key on `target` (it bubbles to the document), with the legacy keyCode too. */
export function replayKey(target: EventTarget, d: CurvlabKey) {
  const keyCode = KEY_CODES[d.key] ?? (d.key.length === 1 ? d.key.toUpperCase().charCodeAt(0) : 0);
  const ev = new KeyboardEvent('keydown', {
    key: d.key,
    code: String(d.code ?? ''),
    shiftKey: !!d.shiftKey,
    altKey: !!d.altKey,
    ctrlKey: !!d.ctrlKey,
    metaKey: !!d.metaKey,
    bubbles: true,
    cancelable: true,
  });
  // Older keyboard handlers (reveal.js among them) read keyCode/which.
  Object.defineProperty(ev, 'keyCode', { get: () => keyCode });
  Object.defineProperty(ev, 'which', { get: () => keyCode });
  target.dispatchEvent(ev);
}
