import { Slider } from '../../components/Slider';
import { HF_PRESETS, PRESET_INFO } from '../../core/hf';
import type { HfParams } from './params';

interface Props {
  p: HfParams;
  set(patch: Partial<HfParams>): void;
}

/** Settings of the training comparison (changing one restarts the run). */
export function TrainControls({ p, set }: Props) {
  return (
    <div className="control-group">
      <div className="control" data-control="arch">
        <label htmlFor="hf-arch">Network (architecture preset)</label>
        <select
          id="hf-arch"
          value={p.arch}
          data-testid="arch"
          onChange={(e) => set({ arch: e.target.value as HfParams['arch'] })}
        >
          {HF_PRESETS.map((id) => (
            <option key={id} value={id}>
              {PRESET_INFO[id].label}
            </option>
          ))}
        </select>
      </div>
      <div data-control="batch">
        <Slider
          label="Batch size (HF curvature; SGD/Adam)"
          value={p.batch}
          min={8}
          max={256}
          step={8}
          onChange={(batch) => set({ batch })}
          testId="batch"
        />
      </div>
      <div data-control="cgmax">
        <Slider
          label="CG cap (iterations per HF step)"
          value={p.cgmax}
          min={5}
          max={250}
          step={5}
          onChange={(cgmax) => set({ cgmax })}
          testId="cgmax"
        />
      </div>
      <div data-control="lambda0">
        <Slider
          label="Initial damping λ₀"
          value={p.lambda0}
          min={1e-4}
          max={1e3}
          log
          onChange={(lambda0) => set({ lambda0 })}
          testId="lambda0"
        />
      </div>
      <div className="control" data-control="adapt">
        <label>
          <input
            type="checkbox"
            checked={p.adapt === 'on'}
            data-testid="adapt"
            onChange={(e) => set({ adapt: e.target.checked ? 'on' : 'off' })}
          />{' '}
          Adapt λ by the reduction ratio ρ (Levenberg–Marquardt)
        </label>
      </div>
      <div data-control="sgdlr">
        <Slider
          label="SGD learning rate"
          value={p.sgdlr}
          min={1e-4}
          max={10}
          log
          onChange={(sgdlr) => set({ sgdlr })}
          testId="sgdlr"
        />
      </div>
      <div data-control="adamlr">
        <Slider
          label="Adam learning rate"
          value={p.adamlr}
          min={1e-5}
          max={1}
          log
          onChange={(adamlr) => set({ adamlr })}
          testId="adamlr"
        />
      </div>
      <div data-control="budget">
        <Slider
          label="Compute budget per method (s)"
          value={p.budget}
          min={1}
          max={60}
          step={1}
          onChange={(budget) => set({ budget })}
          testId="budget"
        />
      </div>
    </div>
  );
}
