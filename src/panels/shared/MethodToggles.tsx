import { METHOD_IDS, type MethodId } from '../../core/types';
import { METHOD_STYLE } from '../../components/palette';

/** Which trajectories are drawn. */
export function MethodToggles({
  show,
  onChange,
}: {
  show: readonly MethodId[];
  onChange(show: MethodId[]): void;
}) {
  return (
    <fieldset className="control-group methods" data-control="show">
      <legend>Methods shown</legend>
      {METHOD_IDS.map((m) => (
        <label key={m} className="check">
          <input
            type="checkbox"
            checked={show.includes(m)}
            data-testid={`show-${m}`}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? METHOD_IDS.filter((x) => x === m || show.includes(x))
                  : show.filter((x) => x !== m),
              )
            }
          />
          <span
            className="swatch"
            style={{ background: METHOD_STYLE[m].color }}
            aria-hidden="true"
          />
          {METHOD_STYLE[m].label}
        </label>
      ))}
    </fieldset>
  );
}
