import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Button, ButtonGroup } from './button.js';
import './dialog.css';

/**
 * A modal dialog around a small form (native <dialog>: the focus stays inside, Escape cancels).
 * On opening, the element `initialFocusId` takes the focus; on closing, the browser returns it to
 * the button that opened the dialog. The form inside mounts when the dialog opens, so it starts
 * from the record it is about.
 */
export function DialogFrame({
  id,
  open,
  title,
  busy,
  initialFocusId,
  describedById,
  onCancel,
  children,
}: {
  id: string;
  open: boolean;
  title: string;
  busy?: boolean;
  initialFocusId?: string;
  /** The element whose text a screen reader reads out with the title, e.g. a confirmation's question. */
  describedById?: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (initialFocusId) document.getElementById(initialFocusId)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="mp-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedById}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}

/** The submit and cancel buttons at the bottom of a dialog's form. */
export function DialogButtons({ submitLabel, danger, busy, onCancel }: { submitLabel: string; danger?: boolean; busy?: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary" danger={danger} busy={busy}>
        {submitLabel}
      </Button>
      <Button appearance="secondary" onClick={() => !busy && onCancel()}>
        {t.common.cancel}
      </Button>
    </ButtonGroup>
  );
}
