import { useEffect, useRef, useState } from 'react';
import { getSecurityOverview, regenerateRecoveryCodes, removePasskey, removeTotp } from '../../api/account-security.js';
import type { Passkey } from '../../../contract/account-security.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PasskeyEnrolment } from './passkey-enrolment.js';
import { RecoveryCodesShown } from './recovery-codes.js';
import { SessionsSection } from './sessions-section.js';
import { TotpEnrolment } from './totp-enrolment.js';

type Pending = { kind: 'totp' } | { kind: 'passkey'; passkey: Passkey } | { kind: 'recovery' } | null;

/** Profile → Beveiliging: the second factor (app, passkeys, recovery codes) and the signed-in devices. */
export function SecurityPage() {
  const { t, locale, dateTime } = useI18n();
  const overview = useQuery(() => getSecurityOverview(), []);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const notice = useNotice();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice.notice && !codes) noticeRef.current?.focus();
  }, [notice.notice, codes]);

  const done = (message: string, recoveryCodes: string[] | null = null) => {
    setCodes(recoveryCodes);
    overview.reload();
    notice.show(message);
  };

  const onConfirm = async () => {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    try {
      if (pending.kind === 'totp') {
        await removeTotp();
        done(t.security.totpRemoved);
      } else if (pending.kind === 'passkey') {
        await removePasskey(pending.passkey.id);
        done(t.security.passkeyRemoved(pending.passkey.name));
      } else {
        const result = await regenerateRecoveryCodes();
        setCodes(result.recoveryCodes);
        overview.reload();
        notice.clear();
      }
      setPending(null);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const data = overview.data;
  const allowed = data?.allowedActions ?? [];
  const enrolled = data ? data.totp.enrolled || data.passkeys.length > 0 : false;

  return (
    <Page title={t.security.title}>
      {overview.loading && !data && <Loading />}
      {overview.error !== undefined && <LoadFailed error={overview.error} onRetry={overview.reload} />}
      {notice.notice && (
        <Alert type="ok" ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      {codes && <RecoveryCodesShown codes={codes} />}
      {data && (
        <>
          <Section id="security-status" title={t.security.statusHeading}>
            <Paragraph>{enrolled ? t.security.statusOn : t.security.statusOff}</Paragraph>
            {data.secondFactor.required && <Paragraph>{t.security.statusRequired}</Paragraph>}
          </Section>

          <Section id="security-totp" title={t.security.totpHeading}>
            {data.totp.enrolled && data.totp.confirmedAt ? (
              <>
                <Paragraph>{t.security.totpEnrolled(dateTime(data.totp.confirmedAt))}</Paragraph>
                {allowed.includes('remove-totp') && (
                  <Button appearance="secondary" danger onClick={() => (setError(undefined), setPending({ kind: 'totp' }))}>
                    {t.security.totpRemove}
                  </Button>
                )}
              </>
            ) : (
              <>
                <Paragraph>{t.security.totpNone}</Paragraph>
                {allowed.includes('enrol-totp') && <TotpEnrolment onDone={(recovery) => done(t.security.totpConfirmed, recovery)} />}
              </>
            )}
          </Section>

          <Section id="security-passkeys" title={t.security.passkeysHeading}>
            <Paragraph>{t.security.passkeysIntro}</Paragraph>
            {data.passkeys.length === 0 ? (
              <EmptyState>{t.security.passkeysEmpty}</EmptyState>
            ) : (
              <Table id="passkeys-table" caption={t.security.passkeysCaption}>
                <THead>
                  <Th>{t.security.columns.name}</Th>
                  <Th>{t.security.columns.created}</Th>
                  <Th>{t.security.columns.lastUsed}</Th>
                  <Th>
                    <span className="mp-visually-hidden">{t.security.columns.actions}</span>
                  </Th>
                </THead>
                <TBody>
                  {data.passkeys.map((p) => (
                    <Tr key={p.id}>
                      <Th scope="row">{p.name}</Th>
                      <Td>{dateTime(p.createdAt)}</Td>
                      <Td>{p.lastUsedAt ? dateTime(p.lastUsedAt) : t.security.never}</Td>
                      <Td>
                        {p.allowedActions.includes('remove-passkey') && (
                          <Button
                            appearance="secondary"
                            danger
                            aria-label={t.security.passkeyRemoveLabel(p.name)}
                            onClick={() => (setError(undefined), setPending({ kind: 'passkey', passkey: p }))}
                          >
                            {t.security.passkeyRemove}
                          </Button>
                        )}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
            {allowed.includes('add-passkey') && <PasskeyEnrolment onAdded={(r) => done(t.security.passkeyAdded(r.passkey.name), r.recoveryCodes)} />}
          </Section>

          <Section id="security-recovery" title={t.security.recoveryHeading}>
            <Paragraph>{t.security.recoveryIntro}</Paragraph>
            <Paragraph>{enrolled ? t.security.recoveryLeft(data.recoveryCodesLeft) : t.security.recoveryNone}</Paragraph>
            {allowed.includes('regenerate-recovery-codes') && enrolled && (
              <Button appearance="secondary" onClick={() => (setError(undefined), setPending({ kind: 'recovery' }))}>
                {t.security.recoveryRegenerate}
              </Button>
            )}
          </Section>
        </>
      )}

      <Section id="security-sessions" title={t.security.sessionsHeading}>
        <SessionsSection />
      </Section>

      <ConfirmDialog
        id="security-confirm-dialog"
        open={pending !== null}
        title={
          pending?.kind === 'totp' ? t.security.totpRemoveTitle : pending?.kind === 'passkey' ? t.security.passkeyRemoveTitle : t.security.recoveryRegenerateTitle
        }
        confirmLabel={pending?.kind === 'totp' ? t.security.totpRemove : pending?.kind === 'passkey' ? t.security.passkeyRemove : t.security.recoveryRegenerate}
        danger={pending?.kind !== 'recovery'}
        busy={busy}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">
          {pending?.kind === 'totp'
            ? t.security.totpRemoveBody
            : pending?.kind === 'passkey'
              ? t.security.passkeyRemoveBody(pending.passkey.name)
              : t.security.recoveryRegenerateBody}
        </p>
      </ConfirmDialog>
    </Page>
  );
}
