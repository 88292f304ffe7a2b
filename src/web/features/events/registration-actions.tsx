import { useState } from 'react';
import { cancelRegistration, registerForEvent, type EventSummary } from '../../api/events.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useNotice } from '../../hooks/use-notice.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/** The person's own standing at an event (badge), and the buttons the server allows: register, cancel. */
export function RegistrationStatus({ event }: { event: EventSummary }) {
  const { t } = useI18n();
  const s = t.events.status;
  const mine = event.myRegistration;
  if (!mine || mine.status === 'cancelled') return null;
  if (mine.attended === true) return <StatusBadge tone="success">{s.attended}</StatusBadge>;
  if (mine.attended === false) return <StatusBadge tone="inactive">{s.absent}</StatusBadge>;
  return mine.status === 'registered' ? <StatusBadge tone="active">{s.registered}</StatusBadge> : <StatusBadge tone="warning">{s.waiting(mine.waitingPosition)}</StatusBadge>;
}

export function RegistrationButtons({ event, onChanged, idPrefix }: { event: EventSummary; onChanged(message: string): void; idPrefix: string }) {
  const { t, locale } = useI18n();
  const e = t.events.event;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const failed = useNotice();
  const mayRegister = event.allowedActions.includes('register');
  const mine = event.myRegistration;
  const mayCancel = mine !== null && mine.allowedActions.includes('cancel-registration');

  const register = async () => {
    if (busy) return;
    setBusy(true);
    failed.clear();
    try {
      const after = await registerForEvent(event.id);
      const reg = after.myRegistration;
      onChanged(reg?.status === 'waiting' ? e.onWaitingList(reg.waitingPosition) : e.registered);
    } catch (err) {
      failed.show(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    if (!mine || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await cancelRegistration(event.id, mine.id);
      setConfirming(false);
      onChanged(e.cancelled);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  if (!mayRegister && !mayCancel) return null;
  return (
    <>
      {failed.notice && (
        <Alert type="error">
          <p className="utrecht-paragraph">{failed.notice}</p>
        </Alert>
      )}
      <ButtonGroup>
        {mayRegister && (
          <Button appearance="primary" busy={busy} onClick={() => void register()} aria-describedby={`${idPrefix}-title`}>
            {event.placesLeft > 0 ? e.register : e.registerWaiting}
          </Button>
        )}
        {mayCancel && (
          <Button appearance="secondary" onClick={() => setConfirming(true)} aria-describedby={`${idPrefix}-title`}>
            {e.cancel}
          </Button>
        )}
      </ButtonGroup>
      <ConfirmDialog
        id={`${idPrefix}-cancel-dialog`}
        open={confirming}
        title={e.cancelTitle}
        confirmLabel={e.cancelConfirm}
        busy={busy}
        error={error}
        onConfirm={() => void cancel()}
        onCancel={() => {
          setConfirming(false);
          setError(undefined);
        }}
      >
        <p className="utrecht-paragraph">
          <strong>{event.title}</strong>
        </p>
        <p className="utrecht-paragraph">{e.cancelBody}</p>
      </ConfirmDialog>
    </>
  );
}
