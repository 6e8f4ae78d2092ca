import type { ReactNode } from 'react';

interface Props {
  checked: boolean;
  onChange(on: boolean): void;
  testId: string;
  children: ReactNode;
  strong?: boolean;
}

/** A labelled checkbox that marks itself as an embeddable control. */
export function Check({ checked, onChange, testId, children, strong }: Props) {
  return (
    <label className="check" data-control={testId} style={strong ? { fontWeight: 600 } : undefined}>
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}
