import type { PanelId } from '../params/panelIds';
import { activePlay } from '../components/playBus';
import { togglePredict } from './predictKey';
import { loadScene } from './scenes';
import { cycleSecondaryView } from './stageViews';

const INTERACTIVE =
  'input, select, textarea, button, [contenteditable], [role="button"], [role="slider"]';

/**
 * Presenter keys: space play/pause, → step, ← step back, r reset, 1–9 saved scenes, f full screen,
 * v next secondary view (stageViews.ts),
 * p predict mode (panels that have it).
 * Ignored while the user types or operates a control, where those keys already mean something.
 */
export function handlePresenterKey(e: KeyboardEvent, panel: PanelId): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const t = e.target as Element | null;
  if (t?.closest?.(INTERACTIVE)) return false;
  const play = activePlay();
  switch (e.key) {
    case ' ':
      play?.toggle();
      break;
    case 'ArrowRight':
      play?.step();
      break;
    case 'ArrowLeft':
      play?.back();
      break;
    case 'r':
      play?.reset();
      break;
    case 'p':
      return togglePredict(panel);
    case 'v':
      cycleSecondaryView();
      break;
    case 'f':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
      break;
    default:
      if (/^[1-9]$/.test(e.key)) return loadScene(panel, Number(e.key) - 1);
      return false;
  }
  return true;
}
