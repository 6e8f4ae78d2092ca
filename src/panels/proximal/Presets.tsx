import type { ProximalParams } from './params';

/** One-click scenes for the lecture: the slide's picture, and NGD in its small/large-step regimes. */
export function Presets({ set }: { set(patch: Partial<ProximalParams>): void }) {
  return (
    <div className="presets" role="group" aria-label="Scenes" data-control="presets">
      <button
        type="button"
        onClick={() =>
          set({
            lfsd: 3,
            lwsd: 3,
            steps: 100,
            lr: 0.02,
            method: 'gd',
            fsd: 'wide',
            center: 1.8,
            bsize: 8,
          })
        }
      >
        The slide’s picture
      </button>
      <button
        type="button"
        onClick={() => set({ lfsd: 300, lwsd: 300, steps: 200, lr: 3e-4, method: 'gd' })}
        data-testid="preset-small"
      >
        Small step: NGD ≈ proximal
      </button>
      <button
        type="button"
        onClick={() => set({ lfsd: 0.3, lwsd: 0.3, steps: 200, lr: 0.02, method: 'gd' })}
      >
        Large step: NGD departs
      </button>
    </div>
  );
}
