import { useId } from 'react';
import { ControlField } from '../../components/ControlField';
import { Check } from '../../components/ParamCheck';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type SetParams } from '../shared/useParams';
import { MAX_CURVATURE_PARAMS } from '../../core/kfac';
import { KFAC_PARAMS, SIZES_WIDTH_MAX, type KfacParams } from './params';
import { ParamNumberInput } from '../../components/ParamNumberInput';
import { TextField } from './TextField';

interface Props {
  p: KfacParams;
  set: SetParams<typeof KFAC_PARAMS>;
  sizesError: string | null;
  layers: number;
}

const LAYER = KFAC_PARAMS.layer;

/** The network (widths, activation, loss, examples, seed) and the solve's damping and layer. */
export function CurvatureControls({ p, set, sizesError, layers }: Props) {
  const id = useId();
  const bind = binder(KFAC_PARAMS, p, set);
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
        label={KFAC_PARAMS.sizes.label}
        value={p.sizes}
        onCommit={(sizes) => set({ sizes })}
        error={sizesError}
        testId="sizes"
        hint={`2–5 widths of 1–${SIZES_WIDTH_MAX} units; at most ${MAX_CURVATURE_PARAMS} parameters.`}
      />
      <ParamSelect {...bind('act')} testId="act" />
      <ParamSelect {...bind('loss')} testId="loss" />
      <ParamSlider {...bind('batch')} hint="With N = 1 every block is exactly A ⊗ S." />
      <ParamNumberInput {...bind('seed')} label="Seed (weights and inputs)" />
      <ParamSlider {...bind('gamma')} />
      <ControlField control="layer" label={LAYER.label}>
        {(layerId) => (
          <select
            id={layerId}
            value={Math.min(p.layer, layers)}
            title={LAYER.help}
            data-testid="layer"
            onChange={(e) => set({ layer: Number(e.target.value) })}
          >
            {Array.from({ length: layers }, (_, l) => (
              <option key={l} value={LAYER.min + l}>
                layer {LAYER.min + l}
              </option>
            ))}
          </select>
        )}
      </ControlField>
    </>
  );
}
