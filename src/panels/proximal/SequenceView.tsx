import { SEQUENCE_METHODS, type SequenceResult } from '../../core/proximal';
import { Legend } from '../../components/Legend';
import { LineChart } from '../../components/LineChart';
import { sequenceCaption } from './caption';
import { SEQUENCE_STYLE } from './style';

// Headings, not <figcaption>s: presenter mode hides captions, and these say what is plotted.
const CHART_TITLE = { fontSize: '0.95rem', fontWeight: 600, margin: '0.2rem 0' } as const;

/** Forgetting vs progress over successive batches, for the three ways to use each batch. */
export function SequenceView({ seq, width }: { seq: SequenceResult; width: number }) {
  const n = seq.batches.length;
  const xs = Array.from({ length: n + 1 }, (_, i) => i);
  const chart = (key: 'seenLoss' | 'newLoss', yLabel: string, label: string, testId: string) => (
    <LineChart
      width={Math.max(260, Math.min(520, width))}
      height={230}
      xLabel="batches processed"
      yLabel={yLabel}
      label={label}
      testId={testId}
      series={SEQUENCE_METHODS.map((m) => {
        const run = seq.runs.find((r) => r.method === m)!;
        return { ...SEQUENCE_STYLE[m], xs, ys: run[key], width: 2.5 };
      })}
    />
  );
  return (
    <div data-testid="sequence-view">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        <figure style={{ margin: 0 }}>
          <h3 style={CHART_TITLE}>Forgetting: loss where w⁽ᵏ⁾ was trained (x &lt; 0.6)</h3>
          {chart(
            'seenLoss',
            'old-region loss',
            'Loss on the old region after each batch',
            'seq-old',
          )}
        </figure>
        <figure style={{ margin: 0 }}>
          <h3 style={CHART_TITLE}>Progress: loss where w⁽ᵏ⁾ fit poorly (x ≥ 0.6)</h3>
          {chart(
            'newLoss',
            'new-region loss',
            'Loss on the new region after each batch',
            'seq-new',
          )}
        </figure>
      </div>
      <Legend items={SEQUENCE_METHODS.map((m) => SEQUENCE_STYLE[m])} />
      <p className="caption" data-testid="sequence-caption" aria-live="polite">
        {sequenceCaption(seq)}
      </p>
    </div>
  );
}
