import { useId, type ReactNode } from 'react';

interface Props {
  /** data-control: what an embed's `controls=` list names. */
  control: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The input itself, given the id its label points at. */
  children(id: string): ReactNode;
}

/** A labelled control row: the wrapper embeds find, the label tied to the input, a hint below. */
export function ControlField({ control, label, hint, children }: Props) {
  const id = useId();
  return (
    <div className="control" data-control={control}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}
