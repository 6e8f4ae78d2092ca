import { useEffect, useState } from 'react';
import { hashFor } from '../state/urlSync';
import { listScenes, saveScenes, type Scene } from './scenes';

/** Save the current state as a named scene; walk through scenes with buttons or keys 1–9. */
export function ScenesMenu({ panel }: { panel: string }) {
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
  const add = () => {
    const n = name.trim() || `Scene ${scenes.length + 1}`;
    saveScenes(panel, [...scenes, { name: n, hash: hashFor(panel, false) }]);
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
