/**
 * Keys pass through an embed: in a panel embedded without presenter mode, a key that no focused
 * control uses goes to the host page as
 *
 *   postMessage({ type: 'curvlab:key', key, code, shiftKey, altKey, ctrlKey, metaKey }, '*')
 *
 * so a reveal.js deck (or any host) can turn it into the same key on its own page: after a
 * lecturer drags a slider, the clicker still advances the slide. See docs/embedding.md.
 */

const NAV = [
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'PageDown',
  'PageUp',
  'Home',
  'End',
];
/** Keys a slider or a list box uses when the keyboard brought focus to it. */
const MOVES = new Set(NAV);

/** The element the pointer last pressed, until Tab moves the focus by keyboard. */
let pointerTarget: EventTarget | null = null;

/** Whether the focused element would act on this key itself. */
export function controlUses(target: Element | null, e: Pick<KeyboardEvent, 'key'>): boolean {
  if (!target || target === document.body || target === document.documentElement) return false;
  if (target.closest('textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return true;
  const input = target.closest('input');
  if (input) {
    if (input.type === 'range') {
      // A slider the pointer just dragged keeps focus, but the lecturer's clicker (→ ← PageDown
      // PageUp) should move the slides, not the slider; one reached with Tab keeps its keys.
      return MOVES.has(e.key) && pointerTarget !== input;
    }
    if (input.type === 'checkbox') return e.key === ' ';
    if (input.type === 'radio') return e.key === ' ' || MOVES.has(e.key);
    return true; // text, number and other typing fields
  }
  if (target.closest('[role="slider"]')) return MOVES.has(e.key);
  if (target.closest('button, summary, a[href], [role="button"], [role="tab"]'))
    return e.key === ' ' || e.key === 'Enter';
  return false;
}

/** Forwards unused keys to the host page while the panel is embedded (not in presenter mode). */
export function startKeyForwarding(): () => void {
  if (window.parent === window) return () => {};
  const onPointer = (e: PointerEvent) => (pointerTarget = e.target);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Tab') pointerTarget = null;
    if (e.defaultPrevented || e.isComposing || e.key === 'Tab' || e.key === 'Enter') return;
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    if (controlUses(e.target as Element | null, e)) return;
    const { key, code, shiftKey, altKey, ctrlKey, metaKey } = e;
    window.parent.postMessage(
      { type: 'curvlab:key', key, code, shiftKey, altKey, ctrlKey, metaKey },
      '*',
    );
    // The host acts on it; the panel's page must not also scroll or move a slider.
    if (NAV.includes(key) || key === ' ') e.preventDefault();
  };
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('keydown', onKey);
  };
}
