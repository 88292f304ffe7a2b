import { useEffect, useRef, useState } from 'react';
import type { HourEntry } from '../../api/hours.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextAreaField } from '../cases/components/textarea-field.js';

/**
 * Rejecting needs a reason, asked in a modal dialog. The reason field has the focus when it
 * opens; Escape or Annuleren closes it and the browser returns the focus to the button.
 */
export function RejectDialog({
  entry,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  entry: HourEntry | null;
  busy: boolean;
  error: string | undefined;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const a = t.hours.approval;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (entry && !dialog.open) {
      setReason('');
      setMissing(false);
      dialog.showModal();
      reasonRef.current?.focus();
    } else if (!entry && dialog.open) {
      dialog.close();
    }
  }, [entry]);

  const confirm = () => {
    if (!reason.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <dialog
      ref={dialogRef}
      className="mp-dialog"
      aria-labelledby="reject-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="utrecht-heading-2" id="reject-dialog-title">
        {a.rejectTitle}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        {entry && <Paragraph>{a.rejectIntro(entry.mediator.name, t.hours.duration(entry.minutes), entry.caseNumber)}</Paragraph>}
        <TextAreaField
          id="reject-reason"
          ref={reasonRef}
          label={a.reason}
          required
          rows={3}
          value={reason}
          error={missing ? a.reasonRequired : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" danger busy={busy}>
            {a.reject}
          </Button>
          <Button appearance="secondary" onClick={() => !busy && onCancel()}>
            {t.common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}
