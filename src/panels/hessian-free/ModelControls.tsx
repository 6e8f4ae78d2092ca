import { useCallback } from 'react';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import type { CustomInfo } from '../../core/compute/opt2d';
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

const W = HF_PARAMS.w;
const SUB = ['₁', '₂'] as const;

/** One coordinate of the point w as a slider over w's declared range. */
const coordinate = (i: 0 | 1) =>
  ({
    kind: 'number',
    key: 'w',
    label: `w${SUB[i]}`,
    symbol: `w${SUB[i]}`,
    help: W.help,
    min: W.min,
    max: W.max,
    default: W.default[i],
  }) as const;

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
          <ParamSlider
            key={i}
            spec={coordinate(i)}
            value={p.w[i]}
            onChange={(v) => set({ w: i === 0 ? [v, p.w[1]] : [p.w[0], v] })}
            testId={`w${i + 1}`}
          />
        ))}
      </div>
      <ParamSlider {...bind('damp')} />
      <ParamSlider {...bind('steps')} />
    </div>
  );
}
