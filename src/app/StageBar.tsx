import type { PanelId } from '../params/panelIds';
import { ScenesMenu } from './ScenesMenuLazy';
import { hasPredict } from './predictKey';

interface Props {
  panel: PanelId;
  title: string;
  onExport(): void;
  onExit(): void;
}

/** Presenter mode's chrome: one thin line with the title, the keys and a way out. */
export function StageBar({ panel, title, onExport, onExit }: Props) {
  return (
    <header className="stage-bar">
      <a href="#/" className="brand">
        Curvature Lab
      </a>
      <span className="stage-title">{title}</span>
      <p className="stage-keys" role="note" data-testid="presenter-keys">
        <kbd>space</kbd> play · <kbd>← →</kbd> step · <kbd>r</kbd> reset · <kbd>1–9</kbd> scenes ·{' '}
        <kbd>v</kbd> more views · <kbd>f</kbd> full screen
        {hasPredict(panel) && (
          <>
            {' '}
            · <kbd>p</kbd> predict
          </>
        )}
      </p>
      <ScenesMenu panel={panel} />
      <button type="button" onClick={onExport} data-testid="export-open">
        Export
      </button>
      <button
        type="button"
        aria-pressed
        data-testid="presenter-toggle"
        title="Leave presenter mode"
        onClick={onExit}
      >
        Exit presenter
      </button>
    </header>
  );
}
