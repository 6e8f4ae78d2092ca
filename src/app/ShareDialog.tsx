import type { PanelId } from '../params/panelIds';
import { useState } from 'react';
import { ModalDialog } from './ModalDialog';
import { panelHash } from './links';

interface ControlInfo {
  id: string;
  label: string;
}

/** The controls the current panel offers (every control marks itself with data-control). */
function findControls(): ControlInfo[] {
  const seen = new Map<string, string>();
  document.querySelectorAll<HTMLElement>('main [data-control]').forEach((el) => {
    const id = el.dataset.control ?? '';
    if (!/^[\w-]+$/.test(id) || seen.has(id)) return;
    const label =
      el.querySelector('label, legend')?.textContent?.replace(/\s+/g, ' ').trim() ||
      el.getAttribute('aria-label') ||
      id;
    seen.set(id, label.slice(0, 60));
  });
  return [...seen].map(([id, label]) => ({ id, label }));
}

function baseUrl(): string {
  return window.location.href.replace(/#.*$/, '');
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Permalink, embed URL and iframe snippet of the current state, with the embed's controls chosen. */
export function ShareDialog({ panel, onClose }: { panel: PanelId; onClose(): void }) {
  const [controls] = useState(findControls);
  const [shown, setShown] = useState<string[]>(() => controls.map((c) => c.id));
  const [copied, setCopied] = useState('');

  const permalink = baseUrl() + panelHash(panel, false);
  const all = shown.length === controls.length;
  const embedHash = panelHash(panel, true)
    .replace(/([?&])controls=[^&]*&?/, '$1')
    .replace(/[?&]$/, '');
  const embedUrl =
    baseUrl() +
    embedHash +
    (all ? '' : `${embedHash.includes('?') ? '&' : '?'}controls=${shown.join(',')}`);
  const snippet = `<iframe src="${embedUrl}" width="100%" height="820" style="border:0" loading="lazy" title="Curvature Lab: ${panel}"></iframe>`;

  const row = (label: string, value: string, id: string) => (
    <div className="share-row">
      <label htmlFor={`share-${id}`}>{label}</label>
      <div className="share-value">
        <input
          id={`share-${id}`}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          data-testid={`share-${id}`}
        />
        <button
          type="button"
          onClick={async () => setCopied((await copy(value)) ? id : `fail-${id}`)}
        >
          {copied === id ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === `fail-${id}` && (
        <p className="small">Copy was blocked: select the text and copy it by hand.</p>
      )}
    </div>
  );

  return (
    <ModalDialog
      titleId="share-title"
      title="Share or embed this panel"
      testId="share-dialog"
      onClose={onClose}
    >
      {row('Link to exactly this state', permalink, 'permalink')}
      {row('Embed URL (panel only)', embedUrl, 'embed-url')}
      {row('iframe for course notes', snippet, 'iframe')}
      <fieldset>
        <legend>Controls the embed shows</legend>
        {controls.length === 0 && <p className="small">This panel has no controls to choose.</p>}
        {controls.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={shown.includes(c.id)}
              onChange={(e) =>
                setShown(e.target.checked ? [...shown, c.id] : shown.filter((x) => x !== c.id))
              }
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <p className="small">
        Or without an iframe:{' '}
        <code>{`<script type="module" src="${baseUrl().replace(/[^/]*$/, '')}embed.js"></script>`}</code>{' '}
        then{' '}
        <code>{`<curvature-lab panel="${panel}" params="${panelHash(panel, false).split('?')[1] ?? ''}"></curvature-lab>`}</code>
      </p>
    </ModalDialog>
  );
}
