import { useRef, useState } from 'react';
import type { HourEntry } from '../../api/hours.js';
import { Alert } from '../../components/alert.js';
import { DialogButtons, DialogFrame } from '../../components/dialog-frame.js';
import { Paragraph } from '../../components/heading.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextAreaField } from '../../components/textarea-field.js';

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
  return (
    <DialogFrame id="reject-dialog" open={entry !== null} title={t.hours.approval.rejectTitle} busy={busy} initialFocusId="reject-reason" onCancel={onCancel}>
      {entry && <RejectForm entry={entry} busy={busy} error={error} onConfirm={onConfirm} onCancel={onCancel} />}
    </DialogFrame>
  );
}

/** Mounted when the dialog opens, so every rejection starts with an empty reason. */
function RejectForm({ entry, busy, error, onConfirm, onCancel }: { entry: HourEntry; busy: boolean; error: string | undefined; onConfirm(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const a = t.hours.approval;
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const confirm = () => {
    if (!reason.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <Paragraph>{a.rejectIntro(entry.mediator.name, t.hours.duration(entry.minutes), entry.caseNumber)}</Paragraph>
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
      <DialogButtons submitLabel={a.reject} danger busy={busy} onCancel={onCancel} />
    </form>
  );
}
