import { FSD_SETS, INNER_METHODS, WIDE_FSD_POINTS } from '../../core/proximal';
import { Slider } from '../../components/Slider';
import { plainNum } from '../shared/texNumbers';
import {
  LAMBDA_MAX,
  LAMBDA_MIN,
  LR_MAX,
  LR_MIN,
  SEQ_DEFAULT,
  SEQ_MAX,
  STEPS_MAX,
  type ProximalParams,
} from './params';

const FSD_LABEL = {
  batch: 'the batch only',
  wide: `${WIDE_FSD_POINTS} inputs spread over the range`,
} as const;
const METHOD_LABEL = { gd: 'Gradient descent', adam: 'Adam' } as const;

/** Every control of the panel; each writes one URL parameter. */
export function Controls({
  p,
  set,
  lrLimit,
}: {
  p: ProximalParams;
  set(patch: Partial<ProximalParams>): void;
  /** 2/L of the Loss + WSD + FSD objective at w⁽ᵏ⁾, when known. */
  lrLimit?: number;
}) {
  return (
    <>
      <Slider
        label="λ_FSD (function-space distance)"
        value={p.lfsd}
        min={LAMBDA_MIN}
        max={LAMBDA_MAX}
        log
        allowZero
        onChange={(lfsd) => set({ lfsd })}
        testId="lfsd"
        hint="Log scale 10⁻³ … 10³; far left is exactly 0."
      />
      <Slider
        label="λ_WSD (weight-space distance)"
        value={p.lwsd}
        min={LAMBDA_MIN}
        max={LAMBDA_MAX}
        log
        allowZero
        onChange={(lwsd) => set({ lwsd })}
        testId="lwsd"
      />
      <fieldset className="control-group" data-control="fsd">
        <legend>FSD measured on</legend>
        {FSD_SETS.map((f) => (
          <label key={f} className="check">
            <input
              type="radio"
              name="prox-fsd"
              checked={p.fsd === f}
              onChange={() => set({ fsd: f })}
              data-testid={`fsd-${f}`}
            />
            {FSD_LABEL[f]}
          </label>
        ))}
      </fieldset>
      <Slider
        label="Batch centre x"
        value={p.center}
        min={-3.1}
        max={3.1}
        step={0.05}
        onChange={(center) => set({ center })}
        testId="center"
        hint="The batch is the points nearest this x; w⁽ᵏ⁾ was trained left of x = 0.6."
      />
      <Slider
        label="Batch size"
        value={p.bsize}
        min={1}
        max={32}
        step={1}
        onChange={(bsize) => set({ bsize })}
        testId="bsize"
      />
      <div className="control" data-control="method">
        <label htmlFor="prox-method">Inner optimizer</label>
        <select
          id="prox-method"
          value={p.method}
          onChange={(e) => set({ method: e.target.value as ProximalParams['method'] })}
          data-testid="method"
        >
          {INNER_METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABEL[m]}
            </option>
          ))}
        </select>
      </div>
      <Slider
        label="Inner steps K"
        value={p.steps}
        min={1}
        max={STEPS_MAX}
        step={1}
        onChange={(steps) => set({ steps })}
        testId="steps"
      />
      <Slider
        label="Inner learning rate α"
        value={p.lr}
        min={LR_MIN}
        max={LR_MAX}
        log
        onChange={(lr) => set({ lr })}
        testId="lr"
        hint={
          lrLimit !== undefined && Number.isFinite(lrLimit)
            ? `GD on Loss + WSD + FSD is stable near w⁽ᵏ⁾ for α < 2/L ≈ ${plainNum(lrLimit)}; larger λ's mean more curvature and a smaller limit.`
            : undefined
        }
      />
      <div className="control" data-control="seed">
        <label htmlFor="prox-seed">Data seed (noise, initialisation, w⁽ᵏ⁾)</label>
        <input
          id="prox-seed"
          type="number"
          min={1}
          max={999}
          step={1}
          value={p.seed}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && e.target.value !== '') set({ seed: v });
          }}
          data-testid="seed"
        />
      </div>
      <fieldset className="control-group" data-control="seq">
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
        {p.seq > 0 && (
          <Slider
            label="Number of batches"
            value={p.seq}
            min={1}
            max={SEQ_MAX}
            step={1}
            onChange={(seq) => set({ seq })}
            testId="seq"
          />
        )}
      </fieldset>
    </>
  );
}
