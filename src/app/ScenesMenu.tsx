import type { PanelId } from '../params/panelIds';
import { useEffect, useState } from 'react';
import { panelHash } from './links';
import { useStore } from '../state/store';
import {
  decodeScenes,
  encodeScenes,
  listScenes,
  saveScenes,
  scenesUnavailable,
  type Scene,
} from './scenes';

/** Save the current state as a named scene; walk through scenes with buttons or keys 1–9. */
export function ScenesMenu({ panel }: { panel: PanelId }) {
  const [scenes, setScenes] = useState<Scene[]>(() => listScenes(panel));
  const [name, setName] = useState('');
  useEffect(() => {
    const sync = () => setScenes(listScenes(panel));
    sync();
    window.addEventListener('curvlab:scenes', sync);
    window.addEventListener('storage', sync);
    return () => {
      window.removeEventListener('curvlab:scenes', sync);
      window.removeEventListener('storage', sync);
    };
  }, [panel]);
  // A link can carry a scene list (`scenes=`): take it into local storage, then drop it from the URL.
  const incoming = useStore((st) => String(st.params[panel]?.scenes ?? ''));
  useEffect(() => {
    if (!incoming) return;
    const list = decodeScenes(incoming);
    const st = useStore.getState();
    if (list.length > 0) {
      saveScenes(panel, list);
      st.notify(
        'info',
        `${list.length} scene${list.length === 1 ? '' : 's'} from the link saved: keys 1–${list.length} in presenter mode.`,
      );
    } else {
      st.notify('warning', 'The scene list in the link could not be read.');
    }
    st.setParams(panel, { scenes: '' });
  }, [incoming, panel]);
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    const url = `${window.location.href.replace(/#.*$/, '')}${panelHash(panel, false)}&scenes=${encodeURIComponent(encodeScenes(scenes))}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      window.prompt('Copy this link to the scene list:', url);
    }
  };
  // Probed once: the probe writes to storage, and this menu re-renders with every slider move.
  const [unavailable] = useState(scenesUnavailable);
  if (unavailable)
    return (
      <details className="scenes" data-testid="scenes">
        <summary>Scenes</summary>
        <p className="small">{unavailable}</p>
      </details>
    );
  const add = () => {
    const n = name.trim() || `Scene ${scenes.length + 1}`;
    saveScenes(panel, [...scenes, { name: n, hash: panelHash(panel, false) }]);
    setName('');
  };
  return (
    <details className="scenes" data-testid="scenes">
      <summary>Scenes ({scenes.length})</summary>
      <ol>
        {scenes.map((s, i) => (
          <li key={`${i}-${s.name}`}>
            <a href={s.hash} title={`Key ${i + 1} in presenter mode`}>
              {i + 1}. {s.name}
            </a>{' '}
            <button
              type="button"
              aria-label={`Delete scene ${s.name}`}
              onClick={() =>
                saveScenes(
                  panel,
                  scenes.filter((_, j) => j !== i),
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {scenes.length > 0 && (
        <button type="button" onClick={copyLink} data-testid="copy-scenes">
          {copied ? 'Link copied' : 'Copy link with these scenes'}
        </button>
      )}
      {scenes.length < 9 && (
        <div className="scene-add">
          <label htmlFor="scene-name">Save the current state as</label>
          <input
            id="scene-name"
            value={name}
            placeholder={`Scene ${scenes.length + 1}`}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="button" onClick={add} data-testid="save-scene">
            Save scene
          </button>
        </div>
      )}
    </details>
  );
}
