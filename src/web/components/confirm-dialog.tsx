import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Button, ButtonGroup } from './button.js';
import { Alert } from './alert.js';
import './dialog.css';

/**
 * A modal question before something that cannot simply be undone. A native <dialog> keeps the
 * focus inside and closes on Escape; the safe choice (cancel) has the focus when it opens, and
 * the browser returns the focus to the button that opened it.
 */
export function ConfirmDialog({
  id,
  open,
  title,
  children,
  confirmLabel,
  danger = true,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  id: string;
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="mp-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {title}
      </h2>
      <div id={`${id}-body`} className="mp-dialog__body">
        {children}
      </div>
      {error && (
        <Alert type="error" urgent>
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary" danger={danger} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} appearance="secondary" onClick={() => !busy && onCancel()}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
