import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createApiToken, listApiTokens, revokeApiToken } from '../../api/profile.js';
import type { ApiToken } from '../../api/types.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { CopyField } from '../../components/copy-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

export function ApiTokensSection() {
  const { t, locale, dateTime } = useI18n();
  const tokens = useQuery(() => listApiTokens(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const form = useForm('token', { name: 'token-name' });

  const [pending, setPending] = useState<ApiToken | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | undefined>(undefined);
  const revoked = useNotice();
  const revokedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);
  useEffect(() => {
    if (revoked.notice) revokedRef.current?.focus();
  }, [revoked.notice]);

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    revoked.clear();
    if (!name.trim()) return form.fail({ name: t.form.requiredField });
    await form.submit(async () => {
      const result = await createApiToken(name.trim());
      setCreated({ name: result.token.name, secret: result.secret });
      setName('');
      tokens.reload();
    });
  };

  const onRevoke = async () => {
    if (!pending) return;
    setRevoking(true);
    setRevokeError(undefined);
    try {
      await revokeApiToken(pending.id);
      const revokedName = pending.name;
      setPending(null);
      setCreated(null);
      tokens.reload();
      revoked.show(t.profile.tokenRevoked2(revokedName));
    } catch (err) {
      setRevokeError(describeError(err, t, locale));
    } finally {
      setRevoking(false);
    }
  };

  const items = tokens.data?.items ?? [];

  return (
    <>
      <Paragraph>{t.profile.tokensIntro}</Paragraph>

      {created && (
        <Alert type="ok" heading={t.profile.tokenCreatedHeading} ref={createdRef} tabIndex={-1} className="mp-token-created">
          <p className="utrecht-paragraph">{t.profile.tokenCreated(created.name)}</p>
          <CopyField id="token-secret" label={t.profile.tokenSecret} value={created.secret} />
        </Alert>
      )}

      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-form--inline" noValidate onSubmit={(e) => void onCreate(e)}>
        <TextField
          id="token-name"
          name="name"
          label={t.profile.tokenName}
          hint={t.profile.tokenNameHint}
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          width="md"
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.profile.tokenCreate}
        </Button>
      </form>

      {revoked.notice && (
        <Alert type="ok" ref={revokedRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{revoked.notice}</p>
        </Alert>
      )}

      {tokens.loading && !tokens.data && <Loading />}
      {tokens.error !== undefined && (
        <LoadFailed error={tokens.error} onRetry={tokens.reload} />
      )}
      {tokens.data && items.length === 0 && <EmptyState>{t.profile.tokensEmpty}</EmptyState>}
      {items.length > 0 && (
        <Table id="tokens-table" caption={t.profile.tokensCaption}>
          <THead>
            <Th>{t.profile.tokenColumns.name}</Th>
            <Th>{t.profile.tokenColumns.prefix}</Th>
            <Th>{t.profile.tokenColumns.created}</Th>
            <Th>{t.profile.tokenColumns.lastUsed}</Th>
            <Th>{t.profile.tokenColumns.status}</Th>
            <Th>
              <span className="mp-visually-hidden">{t.common.actions}</span>
            </Th>
          </THead>
          <TBody>
            {items.map((token) => (
              <Tr key={token.id}>
                <Th scope="row">{token.name}</Th>
                <Td>
                  <code className="utrecht-code">{token.prefix}…</code>
                </Td>
                <Td>{dateTime(token.createdAt)}</Td>
                <Td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t.common.never}</Td>
                <Td>
                  {token.revokedAt ? (
                    <StatusBadge tone="inactive">{t.profile.tokenRevoked(dateTime(token.revokedAt))}</StatusBadge>
                  ) : (
                    <StatusBadge tone="success">{t.profile.tokenActive}</StatusBadge>
                  )}
                </Td>
                <Td>
                  {token.allowedActions.includes('revoke-token') && (
                    <Button
                      appearance="secondary"
                      danger
                      aria-label={t.profile.tokenRevokeLabel(token.name)}
                      onClick={() => {
                        setRevokeError(undefined);
                        setPending(token);
                      }}
                    >
                      {t.profile.tokenRevoke}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}

      <ConfirmDialog
        id="token-revoke-dialog"
        open={pending !== null}
        title={t.profile.tokenRevokeTitle}
        confirmLabel={t.profile.tokenRevoke}
        busy={revoking}
        error={revokeError}
        onConfirm={() => void onRevoke()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? t.profile.tokenRevokeBody(pending.name) : ''}</p>
      </ConfirmDialog>
    </>
  );
}
