import { useId } from 'react';
import { Slider } from '../../components/Slider';
import { PST_PAIRS, SAMPLES_MAX, SAMPLES_MIN } from '../../core/pst';
import { SIGMA_MAX, SIGMA_MIN, type PstParams } from './params';

interface Props {
  p: PstParams;
  set(patch: Partial<PstParams>): void;
}

const PAIR_LABEL: Record<(typeof PST_PAIRS)[number], string> = {
  output: 'two output weights W₂[1,1], W₂[1,2]',
  hidden: 'two input weights of hidden unit 1',
  mixed: 'one input weight and one output weight',
};

/** Model, output, noise, sample count, seed and the analysed weights. */
export function PstControls({ p, set }: Props) {
  const id = useId();
  return (
    <>
      <div className="control">
        <label htmlFor={`${id}-model`}>Model</label>
        <select
          id={`${id}-model`}
          value={p.model}
          data-testid="model"
          onChange={(e) => set({ model: e.target.value as PstParams['model'] })}
        >
          <option value="linear">linear regression z = w₁u + w₂ (2 weights)</option>
          <option value="net">small net 2 → 3 tanh → 1 (2 chosen weights)</option>
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-output`}>Output distribution r(t | z)</label>
        <select
          id={`${id}-output`}
          value={p.output}
          data-testid="output"
          onChange={(e) => set({ output: e.target.value as PstParams['output'] })}
        >
          <option value="gaussian">Gaussian N(z, σ²) (squared error)</option>
          <option value="bernoulli">Bernoulli σ(z) (logistic)</option>
        </select>
      </div>
      {p.output === 'gaussian' && (
        <Slider
          label="Noise level σ"
          value={p.sigma}
          min={SIGMA_MIN}
          max={SIGMA_MAX}
          log
          onChange={(sigma) => set({ sigma })}
          testId="sigma"
          hint="G_z = 1/σ²: less noise, more curvature, a bigger cloud."
        />
      )}
      <Slider
        label="Number of samples S"
        value={p.samples}
        min={SAMPLES_MIN}
        max={SAMPLES_MAX}
        log
        format={(v) => String(Math.round(v))}
        onChange={(samples) => set({ samples: Math.round(samples) })}
        testId="samples"
      />
      <div className="control">
        <label htmlFor={`${id}-seed`}>Seed (data and samples)</label>
        <input
          id={`${id}-seed`}
          type="number"
          min={1}
          max={9999}
          step={1}
          value={p.seed}
          data-testid="seed"
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && e.target.value !== '') set({ seed: v });
          }}
        />
      </div>
      {p.model === 'linear' ? (
        <>
          <Slider
            label="Weight w₁ (slope)"
            value={p.w[0]}
            min={-5}
            max={5}
            step={0.05}
            onChange={(v) => set({ w: [v, p.w[1]] })}
            testId="w1"
          />
          <Slider
            label="Weight w₂ (intercept)"
            value={p.w[1]}
            min={-5}
            max={5}
            step={0.05}
            onChange={(v) => set({ w: [p.w[0], v] })}
            testId="w2"
            hint="The data were generated with w = (1.5, −2)."
          />
        </>
      ) : (
        <div className="control">
          <label htmlFor={`${id}-pair`}>Plotted weights</label>
          <select
            id={`${id}-pair`}
            value={p.pair}
            data-testid="pair"
            onChange={(e) => set({ pair: e.target.value as PstParams['pair'] })}
          >
            {PST_PAIRS.map((k) => (
              <option key={k} value={k}>
                {PAIR_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
