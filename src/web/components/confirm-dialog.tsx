import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Button, ButtonGroup } from './button.js';
import { Alert } from './alert.js';
import { DialogFrame } from './dialog-frame.js';

/**
 * A modal question before something that cannot simply be undone. The safe choice (cancel) has
 * the focus when it opens; the frame keeps the focus inside, closes on Escape and hands the focus
 * back to the button that opened it.
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
  return (
    <DialogFrame id={id} open={open} title={title} busy={busy} initialFocusId={`${id}-cancel`} describedById={`${id}-body`} onCancel={onCancel}>
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
        <Button id={`${id}-cancel`} appearance="secondary" onClick={() => !busy && onCancel()}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </DialogFrame>
  );
}
