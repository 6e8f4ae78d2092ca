import { useId } from 'react';

interface Props {
  label: string;
  value: number;
  onChange(seed: number): void;
  testId: string;
}

/** A labelled integer seed input that ignores empty or non-numeric text while typing. */
export function SeedField({ label, value, onChange, testId }: Props) {
  const id = useId();
  return (
    <div className="control" data-control={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={9999}
        step={1}
        value={value}
        data-testid={testId}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(v);
        }}
      />
    </div>
  );
}
