import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** id of the heading, which names the dialog. */
  titleId: string;
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal <dialog> opened on mount, titled by its heading and closed by Escape or its Close button
 * (which takes the focus, so a keyboard user can leave at once).
 */
export function ModalDialog({ titleId, title, testId, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
