import { useState } from 'react';
import { endOwnSession, listOwnSessions } from '../../api/account-security.js';
import type { SignedInSession } from '../../../contract/account-security.js';
import { useSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/** One's signed-in devices, with "Afmelden" per session (after a confirmation). */
export function SessionsSection() {
  const { t, locale, dateTime } = useI18n();
  const { signOut } = useSession();
  const sessions = useQuery(() => listOwnSessions(), []);
  const [pending, setPending] = useState<SignedInSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const ended = useNotice();
  const device = (s: SignedInSession) => s.device ?? t.security.unknownDevice;

  const onEnd = async () => {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    try {
      await endOwnSession(pending.id);
      if (pending.current) {
        await signOut();
        return;
      }
      setPending(null);
      sessions.reload();
      ended.show(t.security.sessionEnded);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const items = sessions.data?.items ?? [];
  return (
    <>
      <Paragraph>{t.security.sessionsIntro}</Paragraph>
      {ended.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{ended.notice}</p>
        </Alert>
      )}
      {sessions.loading && !sessions.data && <Loading />}
      {sessions.error !== undefined && <LoadFailed error={sessions.error} onRetry={sessions.reload} />}
      {sessions.data && items.length === 0 && <EmptyState>{t.common.none}</EmptyState>}
      {items.length > 0 && (
        <Table id="sessions-table" caption={t.security.sessionsCaption}>
          <THead>
            <Th>{t.security.sessionColumns.device}</Th>
            <Th>{t.security.sessionColumns.ip}</Th>
            <Th>{t.security.sessionColumns.since}</Th>
            <Th>{t.security.sessionColumns.lastSeen}</Th>
            <Th>
              <span className="mp-visually-hidden">{t.security.sessionColumns.actions}</span>
            </Th>
          </THead>
          <TBody>
            {items.map((s) => (
              <Tr key={s.id}>
                <Th scope="row">
                  {device(s)} {s.current && <StatusBadge tone="success">{t.security.thisDevice}</StatusBadge>}
                </Th>
                <Td>{s.ip ?? '—'}</Td>
                <Td>{dateTime(s.createdAt)}</Td>
                <Td>{dateTime(s.lastSeenAt)}</Td>
                <Td>
                  {s.allowedActions.includes('end-session') && (
                    <Button
                      appearance="secondary"
                      danger
                      aria-label={t.security.signOutSessionLabel(s.current ? `${device(s)} (${t.security.thisDevice})` : device(s))}
                      onClick={() => {
                        setError(undefined);
                        setPending(s);
                      }}
                    >
                      {t.security.signOutSession}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        id="session-end-dialog"
        open={pending !== null}
        title={t.security.signOutTitle}
        confirmLabel={t.security.signOutSession}
        busy={busy}
        error={error}
        onConfirm={() => void onEnd()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? (pending.current ? t.security.signOutCurrentBody : t.security.signOutBody(device(pending))) : ''}</p>
      </ConfirmDialog>
    </>
  );
}
