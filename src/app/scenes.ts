/**
 * Scenes: named states of a panel that a lecturer walks through. Each scene is the panel's
 * permalink (so it is also a URL), and the list per panel lives in local storage.
 */
export interface Scene {
  name: string;
  hash: string;
}

const key = (panel: string) => `curvlab:scenes:${panel}`;

export function listScenes(panel: string): Scene[] {
  try {
    const raw = localStorage.getItem(key(panel));
    const v = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(v)
      ? v
          .filter((s): s is Scene => typeof s?.name === 'string' && typeof s?.hash === 'string')
          .slice(0, 9)
      : [];
  } catch {
    return [];
  }
}

export function saveScenes(panel: string, scenes: Scene[]) {
  try {
    localStorage.setItem(key(panel), JSON.stringify(scenes.slice(0, 9)));
  } catch {
    /* storage full or disabled: scenes stay for this page only */
  }
  window.dispatchEvent(new Event('curvlab:scenes'));
}

/** Navigates to scene i of the panel; false when there is none. */
export function loadScene(panel: string, i: number): boolean {
  const s = listScenes(panel)[i];
  if (!s) return false;
  window.location.hash = s.hash;
  return true;
}
