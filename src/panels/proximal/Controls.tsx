import { ParamNumberInput } from '../../components/ParamNumberInput';
import { ParamSelect } from '../../components/ParamSelect';
import { ParamSlider } from '../../components/ParamSlider';
import type { SetParams } from '../shared/useParams';
import { binder } from '../shared/useParams';
import { plainNum } from '../shared/texNumbers';
import { PROXIMAL_PARAMS, SEQ_DEFAULT, type ProximalParams } from './params';

const FSD = PROXIMAL_PARAMS.fsd;

/** Every control of the panel; each writes one URL parameter. */
export function Controls({
  p,
  set,
  lrLimit,
}: {
  p: ProximalParams;
  set: SetParams<typeof PROXIMAL_PARAMS>;
  /** 2/L of the Loss + WSD + FSD objective at w⁽ᵏ⁾, when known. */
  lrLimit?: number;
}) {
  const bind = binder(PROXIMAL_PARAMS, p, set);
  return (
    <>
      <ParamSlider {...bind('lfsd')} hint="Log scale 10⁻³ … 10³; far left is exactly 0." />
      <ParamSlider {...bind('lwsd')} />
      <fieldset className="control-group" data-control="fsd" title={FSD.help}>
        <legend>{FSD.label}</legend>
        {FSD.values.map((f) => (
          <label key={f} className="check">
            <input
              type="radio"
              name="prox-fsd"
              checked={p.fsd === f}
              onChange={() => set({ fsd: f })}
              data-testid={`fsd-${f}`}
            />
            {FSD.labels[f]}
          </label>
        ))}
      </fieldset>
      <ParamSlider
        {...bind('center')}
        hint="The batch is the points nearest this x; w⁽ᵏ⁾ was trained left of x = 0.6."
      />
      <ParamSlider {...bind('bsize')} />
      <ParamSelect {...bind('method')} testId="method" />
      <ParamSlider {...bind('steps')} />
      <ParamSlider
        {...bind('lr')}
        hint={
          lrLimit !== undefined && Number.isFinite(lrLimit)
            ? `GD on Loss + WSD + FSD is stable near w⁽ᵏ⁾ for α < 2/L ≈ ${plainNum(lrLimit)}; larger λ's mean more curvature and a smaller limit.`
            : undefined
        }
      />
      <ParamNumberInput {...bind('seed')} />
      <fieldset className="control-group" data-control="seq" title={PROXIMAL_PARAMS.seq.help}>
        <legend>Sequence mode</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={p.seq > 0}
            onChange={(e) => set({ seq: e.target.checked ? SEQ_DEFAULT : 0 })}
            data-testid="seq-toggle"
          />
          Compare over successive batches
        </label>
        {p.seq > 0 && <ParamSlider {...bind('seq')} />}
      </fieldset>
    </>
  );
}
