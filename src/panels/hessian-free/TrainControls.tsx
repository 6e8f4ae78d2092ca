import { ParamCheck } from '../../components/ParamCheck';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import { binder, type ParamsProps } from '../shared/useParams';
import { HF_PARAMS } from './params';

type Props = ParamsProps<typeof HF_PARAMS>;

/** Settings of the training comparison (changing one restarts the run). */
export function TrainControls({ p, set }: Props) {
  const bind = binder(HF_PARAMS, p, set);
  return (
    <div className="control-group">
      <ParamSelect {...bind('arch')} testId="arch" />
      <ParamSlider {...bind('batch')} />
      <ParamSlider {...bind('cgmax')} />
      <ParamSlider {...bind('lambda0')} />
      <ParamCheck {...bind('adapt')} />
      <ParamCheck {...bind('precond')} />
      <ParamSlider {...bind('sgdlr')} />
      <ParamSlider {...bind('adamlr')} />
      <ParamSlider {...bind('budget')} />
    </div>
  );
}
