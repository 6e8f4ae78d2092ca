import { useId } from 'react';
import { Slider } from '../../components/Slider';
import { Check } from './Check';
import { SeedField } from './SeedField';
import { CURVATURE_ACTIVATIONS } from '../../core/kfac';
import { BATCH_MAX, GAMMA_MAX, GAMMA_MIN, type KfacParams } from './params';
import { TextField } from './TextField';

interface Props {
  p: KfacParams;
  set(patch: Partial<KfacParams>): void;
  sizesError: string | null;
  layers: number;
}

/** The network (widths, activation, loss, examples, seed) and the solve's damping and layer. */
export function CurvatureControls({ p, set, sizesError, layers }: Props) {
  const id = useId();
  const linear = p.act === 'linear' && p.loss === 'squared-error';
  return (
    <>
      <Check
        checked={linear}
        testId="linear-toggle"
        strong
        onChange={(on) => set(on ? { act: 'linear', loss: 'squared-error' } : { act: 'tanh' })}
      >
        Deep linear network with squared error (K-FAC is exact)
      </Check>
      <TextField
        id={`${id}-sizes`}
        label="Layer widths n₀, …, n_L"
        value={p.sizes}
        onCommit={(sizes) => set({ sizes })}
        error={sizesError}
        testId="sizes"
        hint="2–5 widths of 1–12 units; at most 160 parameters."
      />
      <div className="control" data-control="act">
        <label htmlFor={`${id}-act`}>Hidden activation</label>
        <select
          id={`${id}-act`}
          value={p.act}
          data-testid="act"
          onChange={(e) => set({ act: e.target.value as KfacParams['act'] })}
        >
          {CURVATURE_ACTIVATIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="control" data-control="loss">
        <label htmlFor={`${id}-loss`}>Output and loss (last layer linear)</label>
        <select
          id={`${id}-loss`}
          value={p.loss}
          data-testid="loss"
          onChange={(e) => set({ loss: e.target.value as KfacParams['loss'] })}
        >
          <option value="squared-error">squared error (Gaussian)</option>
          <option value="softmax-ce">softmax cross-entropy</option>
        </select>
      </div>
      <Slider
        label="Examples N"
        value={p.batch}
        min={1}
        max={BATCH_MAX}
        step={1}
        format={(v) => String(Math.round(v))}
        onChange={(batch) => set({ batch: Math.round(batch) })}
        testId="batch"
        hint="With N = 1 every block is exactly A ⊗ S."
      />
      <SeedField
        label="Seed (weights and inputs)"
        value={p.seed}
        onChange={(seed) => set({ seed })}
        testId="seed"
      />
      <Slider
        label="Damping γ"
        value={p.gamma}
        min={GAMMA_MIN}
        max={GAMMA_MAX}
        log
        onChange={(gamma) => set({ gamma })}
        testId="gamma"
      />
      <div className="control" data-control="layer">
        <label htmlFor={`${id}-layer`}>Layer ℓ of the solve</label>
        <select
          id={`${id}-layer`}
          value={Math.min(p.layer, layers)}
          data-testid="layer"
          onChange={(e) => set({ layer: Number(e.target.value) })}
        >
          {Array.from({ length: layers }, (_, l) => (
            <option key={l} value={l + 1}>
              layer {l + 1}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
