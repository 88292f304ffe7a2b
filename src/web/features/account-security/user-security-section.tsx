import { useState } from 'react';
import { endAllSessions, getUserSecurity, resetSecondFactor } from '../../api/account-security.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * On an administrator's user page: the account's second factor and sessions (counts only), with
 * "Tweede factor herstellen" and "Alle sessies beëindigen", each after a confirmation (audited).
 */
export function UserSecuritySection({ userId, name }: { userId: string; name: string }) {
  const { t, locale } = useI18n();
  const security = useQuery(() => getUserSecurity(userId), [userId]);
  const [pending, setPending] = useState<'reset' | 'end' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const notice = useNotice();

  const onConfirm = async () => {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    try {
      if (pending === 'reset') await resetSecondFactor(userId);
      else await endAllSessions(userId);
      notice.show(pending === 'reset' ? t.security.adminResetDone(name) : t.security.adminEndAllDone(name));
      setPending(null);
      security.reload();
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const data = security.data;
  return (
    <Section id="user-security" title={t.security.adminHeading}>
      {security.loading && !data && <Loading />}
      {security.error !== undefined && <LoadFailed error={security.error} onRetry={security.reload} />}
      {notice.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      {data && (
        <>
          <DataList
            items={[
              { key: 'factors', label: t.security.adminFactors, value: t.security.adminFactorSummary(data.totp, data.passkeys) },
              { key: 'recovery', label: t.security.adminRecoveryLeft, value: String(data.recoveryCodesLeft) },
              { key: 'required', label: t.security.adminRequired, value: data.required ? t.security.yes : t.security.no },
              { key: 'sessions', label: t.security.adminSessions, value: String(data.activeSessions) },
            ]}
          />
          <ButtonGroup>
            {data.allowedActions.includes('reset-second-factor') && (
              <Button appearance="secondary" danger onClick={() => (setError(undefined), setPending('reset'))}>
                {t.security.adminReset}
              </Button>
            )}
            {data.allowedActions.includes('end-all-sessions') && (
              <Button appearance="secondary" danger onClick={() => (setError(undefined), setPending('end'))}>
                {t.security.adminEndAll}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
      <ConfirmDialog
        id="user-security-dialog"
        open={pending !== null}
        title={pending === 'reset' ? t.security.adminResetTitle : t.security.adminEndAllTitle}
        confirmLabel={pending === 'reset' ? t.security.adminReset : t.security.adminEndAll}
        busy={busy}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending === 'reset' ? t.security.adminResetBody(name) : t.security.adminEndAllBody(name)}</p>
      </ConfirmDialog>
    </Section>
  );
}
