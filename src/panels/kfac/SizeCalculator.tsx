import { memo, useId, useMemo } from 'react';
import { FLOAT32_BYTES, representationSizes } from '../../core/kfac';
import { parseWidths } from './matrixText';
import { CALC_WIDTH_MAX, KFAC_PARAMS } from './params';
import { TextField } from './TextField';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const WORDS: [number, string][] = [
  [1e18, 'quintillion'],
  [1e15, 'quadrillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 9e12 → "9 × 10¹² (9 trillion)", the way the slide says it; small counts in full. */
export function count(x: number): string {
  if (x < 1e6) return x.toLocaleString('en-US');
  const e = Math.floor(Math.log10(x));
  const m = Number((x / 10 ** e).toPrecision(3));
  const sup = String(e).replace(/\d/g, (d) => SUP[Number(d)]);
  const word = WORDS.find(([v]) => x >= v);
  return `${m} × 10${sup}${word ? ` (${Number((x / word[0]).toPrecision(3))} ${word[1]})` : ''}`;
}

function bytes(x: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let v = x;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${Number(v.toPrecision(3))} ${units[u]}`;
}

interface Props {
  widths: string;
  onWidths(w: string): void;
}

/** Entries and float32 bytes of full G, its block diagonal and K-FAC, for typed layer widths. */
/** Memoized: its table does not change with the curvature view's other parameters (N, γ, …). */
export const SizeCalculator = memo(function SizeCalculator({ widths, onWidths }: Props) {
  const id = useId();
  const parsed = useMemo(() => parseWidths(widths, CALC_WIDTH_MAX, 'Widths'), [widths]);
  const s = parsed.ok ? representationSizes(parsed.value) : null;
  const rows = s
    ? [
        { name: 'full G', formula: '(Σ P_ℓ)²', n: s.full },
        { name: 'block diagonal', formula: 'Σ P_ℓ²', n: s.blockDiagonal },
        { name: 'K-FAC factors', formula: 'Σ (n_{ℓ−1}² + n_ℓ²)', n: s.kfac },
      ]
    : [];
  return (
    <div>
      <TextField
        id={`${id}-w`}
        label={KFAC_PARAMS.widths.label}
        value={widths}
        onCommit={onWidths}
        error={parsed.ok ? null : parsed.error}
        testId="calc-widths"
      />
      {s && (
        <table className="readout" data-testid="size-table">
          <caption>
            {s.layerParams.length} weight matrices, {count(s.params)} weights (biases not counted,
            as on the slide)
          </caption>
          <thead>
            <tr>
              <th scope="col">representation</th>
              <th scope="col">entries</th>
              <th scope="col">float32</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">
                  {r.name} <span className="small">{r.formula}</span>
                </th>
                <td data-testid={`size-${r.name.split(' ')[0]}`}>{count(r.n)}</td>
                <td>{bytes(r.n * FLOAT32_BYTES)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
});
