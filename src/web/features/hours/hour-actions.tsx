import { useState, type ReactNode } from 'react';
import { deleteHours, reopenHours, type HourEntry, type HourEntryAction } from '../../api/hours.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { useActionNotice } from '../../components/action-notice.js';
import { CorrectionDialog } from './correction-dialog.js';
import { shortDate } from './duration.js';
import { EditHoursDialog } from './edit-hours-dialog.js';

/** What the signed-in user may do with an entry now, as the server says (`allowedActions`). */
export function allowedHourActions(entry: HourEntry) {
  const may = (action: HourEntryAction) => entry.allowedActions.includes(action);
  return {
    edit: may('edit'),
    remove: may('delete'),
    correct: may('correct'),
    // Taking a decision back: an approval, or a rejection ("undo").
    reopen: may('reopen') && entry.status === 'approved',
    undoReject: may('reopen') && entry.status === 'rejected',
  };
}

/**
 * The changes on hours after logging, shared by the mediator's month and the case page: edit or
 * delete own open hours, book a correction on approved hours, and for a coordinator withdraw an
 * approval or a rejection. Each opens a dialog; `onChanged` reloads the list afterwards.
 */
export function useHourActions(onChanged: () => void) {
  const { t, locale } = useI18n();
  const m = t.hours.month;
  const c = t.hours.changes;
  const notice = useActionNotice();
  const [editing, setEditing] = useState<HourEntry | null>(null);
  const [correcting, setCorrecting] = useState<HourEntry | null>(null);
  const [confirming, setConfirming] = useState<{ kind: 'remove' | 'reopen'; entry: HourEntry } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const when = (e: HourEntry) => shortDate(e.date, locale);
  const time = (e: HourEntry) => t.hours.duration(e.minutes);

  const confirm = async () => {
    if (!confirming || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (confirming.kind === 'remove') await deleteHours(confirming.entry.id);
      else await reopenHours(confirming.entry.id);
      setConfirming(null);
      // The button that started it is gone now (row removed or status changed): focus the confirmation.
      notice.show(confirming.kind === 'remove' ? m.removed : c.reopened, { focus: true });
      onChanged();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const open = (kind: 'remove' | 'reopen', entry: HourEntry) => {
    setError(undefined);
    setConfirming({ kind, entry });
  };

  const actions = (e: HourEntry): ReactNode => {
    const may = allowedHourActions(e);
    if (!Object.values(may).some(Boolean)) return null;
    return (
      <ButtonGroup>
        {may.edit && (
          <Button aria-label={c.editLabel(when(e), time(e))} onClick={() => setEditing(e)}>
            {c.edit}
          </Button>
        )}
        {may.correct && (
          <Button aria-label={c.correctLabel(when(e), time(e))} onClick={() => setCorrecting(e)}>
            {c.correct}
          </Button>
        )}
        {may.reopen && (
          <Button aria-label={c.reopenLabel(e.mediator.name, when(e))} onClick={() => open('reopen', e)}>
            {c.reopen}
          </Button>
        )}
        {may.undoReject && (
          <Button aria-label={c.undoRejectLabel(e.mediator.name, when(e))} onClick={() => open('reopen', e)}>
            {c.undoReject}
          </Button>
        )}
        {may.remove && (
          <Button danger aria-label={m.removeLabel(when(e), time(e))} onClick={() => open('remove', e)}>
            {m.remove}
          </Button>
        )}
      </ButtonGroup>
    );
  };

  const target = confirming?.entry;
  const rejected = target?.status === 'rejected';
  const dialogs = (
    <>
      <EditHoursDialog
        entry={editing}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          notice.show(c.saved);
          onChanged();
        }}
      />
      <CorrectionDialog
        entry={correcting}
        onCancel={() => setCorrecting(null)}
        onSaved={() => {
          setCorrecting(null);
          notice.show(c.corrected);
          onChanged();
        }}
      />
      <ConfirmDialog
        id="hours-confirm-dialog"
        open={confirming !== null}
        title={confirming?.kind === 'remove' ? m.removeTitle : rejected ? c.undoRejectTitle : c.reopenTitle}
        confirmLabel={confirming?.kind === 'remove' ? m.remove : rejected ? c.undoReject : c.reopen}
        danger={confirming?.kind === 'remove'}
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        <p className="utrecht-paragraph">
          {!target
            ? ''
            : confirming?.kind === 'remove'
              ? m.removeBody(when(target), time(target), target.caseNumber)
              : rejected
                ? c.undoRejectBody(target.mediator.name, time(target), when(target))
                : c.reopenBody(target.mediator.name, time(target), when(target), target.period?.code ?? '')}
        </p>
      </ConfirmDialog>
    </>
  );

  return { actions, dialogs, notice: notice.node };
}
