import { useState, type FormEvent } from 'react';
import type { SignInPolicy } from '../../../contract/single-sign-on.js';
import { getSignInPolicy, listSsoProviders, setSignInPolicy } from '../../api/single-sign-on.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { CopyField } from '../../components/copy-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/** Beheer › Inloggen: the pool's sign-in services and whether passwords still work. */
export function SignInSettingsPage() {
  const { t } = useI18n();
  const s = t.singleSignOn;
  const providers = useQuery(() => listSsoProviders(), []);
  const policy = useQuery(() => getSignInPolicy(), []);

  return (
    <Page title={s.title}>
      <Paragraph lead>{s.intro}</Paragraph>
      <Section id="sso-providers" title={s.providers.heading}>
        {providers.loading && !providers.data ? (
          <Loading />
        ) : providers.error !== undefined || !providers.data ? (
          <LoadFailed error={providers.error} onRetry={providers.reload} />
        ) : (
          <>
            {providers.data.items.length === 0 ? (
              <Paragraph>{s.providers.empty}</Paragraph>
            ) : (
              <Table id="sso-provider-table" caption={s.providers.caption}>
                <THead>
                  <Tr>
                    <Th>{s.providers.label}</Th>
                    <Th>{s.providers.issuer}</Th>
                    <Th>{s.providers.roles}</Th>
                    <Th>{s.providers.status}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {providers.data.items.map((p) => (
                    <Tr key={p.id}>
                      <Th scope="row">
                        <AppLink to={`/beheer/inloggen/${p.id}`} aria-label={s.providers.edit(p.label)}>
                          {p.label}
                        </AppLink>
                      </Th>
                      <Td className="mp-break">{p.issuer}</Td>
                      <Td>{p.roleMapping.length === 0 ? s.providers.noMapping : p.roleMapping.map((m) => `${m.group} → ${t.roles[m.role]}`).join(', ')}</Td>
                      <Td>{p.enabled ? s.providers.enabled : s.providers.disabled}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
            <CopyField id="sso-redirect-uri" label={s.providers.redirect} value={providers.data.redirectUri} hint={s.providers.redirectHint} />
            {providers.data.allowedActions.includes('create') && (
              <Paragraph>
                <ButtonLink to="/beheer/inloggen/nieuw" appearance="primary">
                  {s.providers.add}
                </ButtonLink>
              </Paragraph>
            )}
          </>
        )}
      </Section>
      <Section id="sso-password" title={s.password.heading}>
        {policy.loading && !policy.data ? (
          <Loading />
        ) : policy.error !== undefined || !policy.data ? (
          <LoadFailed error={policy.error} onRetry={policy.reload} />
        ) : (
          <PasswordForm policy={policy.data} />
        )}
      </Section>
    </Page>
  );
}

function PasswordForm({ policy }: { policy: SignInPolicy }) {
  const { t } = useI18n();
  const s = t.singleSignOn.password;
  const [saved, setSaved] = useState(policy.passwordSignIn);
  const [allowed, setAllowed] = useState(policy.passwordSignIn);
  const [confirming, setConfirming] = useState(false);
  const form = useForm('sso-password', { passwordSignIn: 'sso-password-allowed' });
  const notice = useNotice();

  const save = async () => {
    setConfirming(false);
    const ok = await form.submit(async () => {
      const next = await setSignInPolicy({ passwordSignIn: allowed });
      setSaved(next.passwordSignIn);
      notice.show(s.saved);
    });
    if (!ok) notice.clear();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    notice.clear();
    if (saved && !allowed) setConfirming(true);
    else void save();
  };

  return (
    <>
      <Paragraph>{saved ? s.on : s.off}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={onSubmit}>
        <CheckboxField
          id="sso-password-allowed"
          name="passwordSignIn"
          label={s.allowed}
          hint={s.hint}
          checked={allowed}
          onChange={(e) => setAllowed(e.target.checked)}
          error={form.errors.passwordSignIn}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
      {notice.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      <ConfirmDialog id="sso-password-dialog" open={confirming} title={s.confirmTitle} confirmLabel={s.confirm} onConfirm={() => void save()} onCancel={() => setConfirming(false)}>
        <p className="utrecht-paragraph">{s.confirmBody}</p>
      </ConfirmDialog>
    </>
  );
}
