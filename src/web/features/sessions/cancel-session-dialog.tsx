import { useState, type FormEvent } from 'react';
import { cancelSession, type CaseSession } from '../../api/sessions.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { DialogButtons, DialogFrame } from '../../components/dialog-frame.js';

const FIELDS = { reason: 'session-cancel-reason' } as const;

/**
 * Cancelling a session asks why. The reason stays on the case (sessions table and timeline); the
 * mediators and parties only hear that the session does not go ahead.
 */
export function CancelSessionDialog({ session, when, onCancelled, onCancel }: { session: CaseSession | null; when: string; onCancelled(): void; onCancel(): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <DialogFrame id="session-cancel-dialog" open={session !== null} title={t.sessions.planner.cancelTitle} busy={busy} initialFocusId={FIELDS.reason} onCancel={onCancel}>
      {session && <CancelForm key={session.id} session={session} when={when} onBusy={setBusy} onCancelled={onCancelled} onCancel={onCancel} />}
    </DialogFrame>
  );
}

function CancelForm({ session, when, onBusy, onCancelled, onCancel }: { session: CaseSession; when: string; onBusy(busy: boolean): void; onCancelled(): void; onCancel(): void }) {
  const { t } = useI18n();
  const p = t.sessions.planner;
  const form = useForm<'reason'>('session-cancel-form', FIELDS);
  const [reason, setReason] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      form.fail({ reason: p.cancelReasonRequired });
      return;
    }
    onBusy(true);
    const ok = await form.submit(async () => {
      await cancelSession(session.id, session.sequence, reason.trim());
    });
    onBusy(false);
    if (ok) onCancelled();
  };

  return (
    <form id="session-cancel-form" noValidate onSubmit={(e) => void submit(e)}>
      <Paragraph>{p.cancelBody(when)}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <TextAreaField
        id={FIELDS.reason}
        label={p.cancelReason}
        hint={p.cancelReasonHint}
        required
        rows={3}
        maxLength={1000}
        value={reason}
        error={form.errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <DialogButtons submitLabel={p.cancelConfirm} danger busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
