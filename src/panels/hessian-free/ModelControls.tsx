import { useCallback } from 'react';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import type { CustomInfo } from '../../core/expr/custom';
import type { PanelId } from '../../params/panelIds';
import { CustomExpressionField } from '../shared/CustomExpressionField';
import { binder, type SetParams } from '../shared/useParams';
import { HF_PARAMS, type HfParams } from './params';

interface Props {
  panel: PanelId;
  p: HfParams;
  set: SetParams<typeof HF_PARAMS>;
  /** What the worker made of a typed objective (null for the built-ins or before it answers). */
  custom: CustomInfo | null;
}

const SUB = ['₁', '₂'] as const;

/** Controls of the 2-D model view. */
export function ModelControls({ panel, p, set, custom }: Props) {
  const onValid = useCallback((f: string) => set({ f }), [set]);
  const bind = binder(HF_PARAMS, p, set);
  return (
    <div className="control-group">
      <ParamSelect {...bind('problem')} testId="problem" />
      {p.problem === 'custom' && (
        <CustomExpressionField panel={panel} f={p.f} custom={custom} onValid={onValid} />
      )}
      {p.problem === 'quadratic' && <ParamSlider {...bind('kappa')} />}
      <div data-control="w">
        {([0, 1] as const).map((i) => (
          <ParamSlider key={i} {...bind.coord('w', i, `w${SUB[i]}`)} testId={`w${i + 1}`} />
        ))}
      </div>
      <ParamSlider {...bind('damp')} />
      <ParamSlider {...bind('steps')} />
    </div>
  );
}
