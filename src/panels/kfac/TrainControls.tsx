import { useId } from 'react';
import { Slider } from '../../components/Slider';
import { Check } from './Check';
import { SeedField } from './SeedField';
import { KFAC_PRESET_INFO, KFAC_PRESETS } from '../../core/kfac';
import type { KfacParams } from './params';

interface Props {
  p: KfacParams;
  set(patch: Partial<KfacParams>): void;
}

const int = (v: number) => String(Math.round(v));

/** Preset, K-FAC's hyperparameters, the baselines' learning rates, batch, seed and length. */
export function TrainControls({ p, set }: Props) {
  const id = useId();
  return (
    <>
      <div className="control" data-control="preset">
        <label htmlFor={`${id}-preset`}>Preset</label>
        <select
          id={`${id}-preset`}
          value={p.preset}
          data-testid="preset"
          onChange={(e) => set({ preset: e.target.value as KfacParams['preset'] })}
        >
          {KFAC_PRESETS.map((k) => (
            <option key={k} value={k}>
              {KFAC_PRESET_INFO[k].label}
            </option>
          ))}
        </select>
      </div>
      <Check checked={p.hf === 'on'} testId="hf" onChange={(on) => set({ hf: on ? 'on' : 'off' })}>
        Include Hessian-free (same compute time as the slowest other method)
      </Check>
      <Check
        checked={p.rescale === 'on'}
        testId="rescale"
        onChange={(on) => set({ rescale: on ? 'on' : 'off' })}
      >
        α, μ from the quadratic model, λ adapted by ρ
      </Check>
      <Slider
        label="Damping λ (start)"
        value={p.lambda}
        min={1e-4}
        max={1000}
        log
        onChange={(lambda) => set({ lambda })}
        testId="lambda"
      />
      <Slider
        label="EMA decay ε of A, S"
        value={p.ema}
        min={0}
        max={0.999}
        step={0.001}
        onChange={(ema) => set({ ema })}
        testId="ema"
      />
      <Slider
        label="Inverse refresh period T"
        value={p.refresh}
        min={1}
        max={100}
        step={1}
        format={int}
        onChange={(r) => set({ refresh: Math.round(r) })}
        testId="refresh"
      />
      <Slider
        label="Statistics period T_cov"
        value={p.tcov}
        min={1}
        max={20}
        step={1}
        format={int}
        onChange={(t) => set({ tcov: Math.round(t) })}
        testId="tcov"
        hint="A and S (and their sampled backward pass) are updated every T_cov steps."
      />
      {p.rescale === 'off' && (
        <>
          <Slider
            label="K-FAC learning rate α"
            value={p.klr}
            min={1e-3}
            max={10}
            log
            onChange={(klr) => set({ klr })}
            testId="klr"
          />
          <Slider
            label="K-FAC momentum μ"
            value={p.kmom}
            min={0}
            max={0.99}
            step={0.01}
            onChange={(kmom) => set({ kmom })}
            testId="kmom"
          />
        </>
      )}
      <Slider
        label="SGD learning rate"
        value={p.sgdlr}
        min={1e-4}
        max={3}
        log
        onChange={(sgdlr) => set({ sgdlr })}
        testId="sgdlr"
      />
      <Slider
        label="Adam learning rate"
        value={p.adamlr}
        min={1e-5}
        max={1}
        log
        onChange={(adamlr) => set({ adamlr })}
        testId="adamlr"
      />
      <Slider
        label="Diagonal PST learning rate"
        value={p.pstlr}
        min={1e-4}
        max={1}
        log
        onChange={(pstlr) => set({ pstlr })}
        testId="pstlr"
        hint="GD preconditioned by (diag Ĝ + λI)⁻¹, Ĝ from pseudo-gradients Dw = Jᵀ Dz (the pullback sampling panel's diagonal EMA)."
      />
      <Slider
        label="Batch size"
        value={p.tbatch}
        min={8}
        max={256}
        step={1}
        format={int}
        onChange={(b) => set({ tbatch: Math.round(b) })}
        testId="tbatch"
      />
      <Slider
        label="Iterations per method"
        value={p.iters}
        min={20}
        max={2000}
        log
        format={int}
        onChange={(n) => set({ iters: Math.round(n) })}
        testId="iters"
      />
      <SeedField
        label="Seed (data, initial weights, batches)"
        value={p.seed}
        onChange={(seed) => set({ seed })}
        testId="train-seed"
      />
    </>
  );
}
