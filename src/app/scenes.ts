/**
 * Scenes: named states of a panel that a lecturer walks through. Each scene is the panel's
 * permalink (so it is also a URL), and the list per panel lives in local storage.
 */
export interface Scene {
  name: string;
  hash: string;
}

const key = (panel: string) => `curvlab:scenes:${panel}`;

/**
 * Why scenes cannot be kept here, or null. A sandboxed frame without allow-same-origin (an LMS
 * page) has an opaque origin and no storage: even reading `localStorage` throws there.
 */
export function scenesUnavailable(): string | null {
  try {
    const probe = 'curvlab:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return null;
  } catch {
    return 'Scenes are kept in this browser’s storage, which this page may not use here (it is framed without storage, e.g. by a learning-management system). Open the panel in a tab of its own to save scenes.';
  }
}

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

/** The scene list as a URL parameter value (JSON, URL-encoded by the link serializer). */
export function encodeScenes(scenes: Scene[]): string {
  return JSON.stringify(scenes.map((s) => [s.name, s.hash]));
}

/** Scenes from a link's `scenes` parameter; invalid input yields an empty list. */
export function decodeScenes(raw: string): Scene[] {
  try {
    const v = JSON.parse(raw) as unknown;
    if (!Array.isArray(v)) return [];
    return v
      .filter(
        (x): x is [string, string] =>
          Array.isArray(x) &&
          typeof x[0] === 'string' &&
          typeof x[1] === 'string' &&
          x[1].startsWith('#/'),
      )
      .slice(0, 9)
      .map(([name, hash]) => ({ name: name.slice(0, 80), hash }));
  } catch {
    return [];
  }
}
