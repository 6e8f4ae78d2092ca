import { defaultsOf } from '../../params/spec';
import type { SetParams } from '../shared/useParams';
import { PROXIMAL_PARAMS } from './params';

/** The slide's picture is the declared defaults (the data seed and sequence mode stay as they are). */
const { seed: _seed, seq: _seq, ...SLIDE } = defaultsOf(PROXIMAL_PARAMS);
void _seed;
void _seq;

/** One-click scenes for the lecture: the slide's picture, and NGD in its small/large-step regimes. */
export function Presets({ set }: { set: SetParams<typeof PROXIMAL_PARAMS> }) {
  return (
    <div className="presets" role="group" aria-label="Scenes" data-control="presets">
      <button type="button" onClick={() => set(SLIDE)}>
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
