import { ParamNumberInput } from '../../components/ParamNumberInput';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type ParamsProps } from '../shared/useParams';
import { PST_PARAMS } from './params';

type Props = ParamsProps<typeof PST_PARAMS>;

/** Model, output, noise, sample count, seed and the analysed weights. */
export function PstControls({ p, set }: Props) {
  const bind = binder(PST_PARAMS, p, set);
  return (
    <>
      <ParamSelect {...bind('model')} testId="model" />
      <ParamSelect {...bind('output')} testId="output" />
      {p.output === 'gaussian' && (
        <ParamSlider
          {...bind('sigma')}
          hint="G_z = 1/σ²: less noise, more curvature, a bigger cloud."
        />
      )}
      <ParamSlider {...bind('samples')} />
      <ParamNumberInput {...bind('seed')} />
      {p.model === 'linear' ? (
        <>
          <ParamSlider {...bind.coord('w', 0, 'Weight w₁ (slope)')} testId="w1" />
          <ParamSlider
            {...bind.coord('w', 1, 'Weight w₂ (intercept)')}
            testId="w2"
            hint="The data were generated with w = (1.5, −2)."
          />
        </>
      ) : (
        <ParamSelect {...bind('pair')} testId="pair" />
      )}
    </>
  );
}
