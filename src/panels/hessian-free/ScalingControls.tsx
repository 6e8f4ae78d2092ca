import { Slider } from '../../components/Slider';
import { SPECTRA } from '../../core/cg';
import type { HfParams } from './params';

const SPECTRUM_LABEL: Record<(typeof SPECTRA)[number], string> = {
  uniform: 'uniform on [1, κ]',
  clustered: 'clustered (tight groups)',
  'few-distinct': 'few distinct values',
};

/** Controls of the n-dimensional scaling view. */
export function ScalingControls({ p, set }: { p: HfParams; set(patch: Partial<HfParams>): void }) {
  return (
    <div className="control-group">
      <div data-control="skappa">
        <Slider
          label="κ (n-dim model)"
          value={p.skappa}
          min={1}
          max={10000}
          log
          onChange={(skappa) => set({ skappa })}
          testId="skappa"
        />
      </div>
      <div data-control="n">
        <Slider
          label="Dimension n"
          value={p.n}
          min={10}
          max={300}
          step={1}
          onChange={(n) => set({ n })}
          testId="n"
        />
      </div>
      <div className="control" data-control="spectrum">
        <label htmlFor="hf-spectrum">Eigenvalue distribution</label>
        <select
          id="hf-spectrum"
          value={p.spectrum}
          data-testid="spectrum"
          onChange={(e) => set({ spectrum: e.target.value as HfParams['spectrum'] })}
        >
          {SPECTRA.map((id) => (
            <option key={id} value={id}>
              {SPECTRUM_LABEL[id]}
            </option>
          ))}
        </select>
      </div>
      {p.spectrum !== 'uniform' && (
        <div data-control="groups">
          <Slider
            label={p.spectrum === 'clustered' ? 'Clusters' : 'Distinct eigenvalues'}
            value={p.groups}
            min={2}
            max={20}
            step={1}
            onChange={(groups) => set({ groups })}
            testId="groups"
          />
        </div>
      )}
      <div data-control="seed">
        <Slider
          label="Seed"
          value={p.seed}
          min={1}
          max={100}
          step={1}
          onChange={(seed) => set({ seed })}
          testId="seed"
        />
      </div>
    </div>
  );
}
