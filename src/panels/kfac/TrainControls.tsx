import { ParamCheck } from '../../components/ParamCheck';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type ParamsProps } from '../shared/useParams';
import { KFAC_PARAMS } from './params';
import { ParamNumberInput } from '../../components/ParamNumberInput';

type Props = ParamsProps<typeof KFAC_PARAMS>;

/** Preset, K-FAC's hyperparameters, the baselines' learning rates, batch, seed and length. */
export function TrainControls({ p, set }: Props) {
  const bind = binder(KFAC_PARAMS, p, set);
  return (
    <>
      <ParamSelect {...bind('preset')} testId="preset" />
      <ParamCheck {...bind('hf')} />
      <ParamCheck {...bind('rescale')} />
      <ParamSlider {...bind('lambda')} />
      <ParamSlider {...bind('ema')} />
      <ParamSlider {...bind('refresh')} />
      <ParamSlider {...bind('tcov')} hint={KFAC_PARAMS.tcov.help} />
      {p.rescale === 'off' && (
        <>
          <ParamSlider {...bind('klr')} />
          <ParamSlider {...bind('kmom')} />
        </>
      )}
      <ParamSlider {...bind('sgdlr')} />
      <ParamSlider {...bind('adamlr')} />
      <ParamSlider
        {...bind('pstlr')}
        hint="GD preconditioned by (diag Ĝ + λI)⁻¹, Ĝ from pseudo-gradients Dw = Jᵀ Dz (the pullback sampling panel's diagonal EMA)."
      />
      <ParamSlider {...bind('tbatch')} />
      <ParamSlider {...bind('iters')} />
      <ParamNumberInput
        {...bind('seed')}
        label="Seed (data, initial weights, batches)"
        testId="train-seed"
      />
    </>
  );
}
