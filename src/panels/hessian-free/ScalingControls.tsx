import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type SetParams } from '../shared/useParams';
import { HF_PARAMS, type HfParams } from './params';

/** Controls of the n-dimensional scaling view. */
export function ScalingControls({ p, set }: { p: HfParams; set: SetParams<typeof HF_PARAMS> }) {
  const bind = binder(HF_PARAMS, p, set);
  return (
    <div className="control-group">
      <ParamSlider {...bind('skappa')} />
      <ParamSlider {...bind('n')} />
      <ParamSelect {...bind('spectrum')} testId="spectrum" />
      {(p.spectrum === 'clustered' || p.spectrum === 'few-distinct') && (
        <ParamSlider
          {...bind('groups')}
          label={p.spectrum === 'clustered' ? 'Clusters' : 'Distinct eigenvalues'}
        />
      )}
      <ParamSlider {...bind('seed')} />
      <ParamSlider {...bind('dscale')} />
    </div>
  );
}
