import type { ReactNode } from 'react';
import type { EnumDecl } from '../params/spec';

interface CheckProps {
  checked: boolean;
  onChange(on: boolean): void;
  /** data-testid and data-control (the embed's `controls=` id). */
  testId: string;
  children: ReactNode;
  strong?: boolean;
  title?: string;
}

/** A labelled checkbox that marks itself as an embeddable control. */
export function Check({ checked, onChange, testId, children, strong, title }: CheckProps) {
  return (
    <label
      className="check"
      data-control={testId}
      title={title}
      style={strong ? { fontWeight: 600 } : undefined}
    >
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

export interface ParamCheckProps {
  /** An on/off switch declared as the enum `on` | `off` (its URL key is the control's id). */
  spec: EnumDecl<'on' | 'off'> & { readonly key: string };
  value: 'on' | 'off';
  onChange(v: 'on' | 'off'): void;
}

/** A checkbox driven by an on/off declaration: checked means `on`; label and help from there. */
export function ParamCheck({ spec, value, onChange }: ParamCheckProps) {
  return (
    <Check
      checked={value === 'on'}
      testId={spec.key}
      title={spec.help}
      onChange={(on) => onChange(on ? 'on' : 'off')}
    >
      {spec.label}
    </Check>
  );
}
