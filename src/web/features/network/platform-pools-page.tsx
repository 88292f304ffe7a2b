import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPlatformPool, listPlatformPools } from '../../api/network.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { CopyField } from '../../components/copy-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

type Field = 'name' | 'codes' | 'adminName' | 'adminEmail';

/** The platform administrator's page: every pool of the installation, and a new pool with its first administrator (ADR 0022). */
export function PlatformPoolsPage() {
  const { t, dateTime } = useI18n();
  const pools = useQuery(() => listPlatformPools(), []);
  const forbidden = pools.error instanceof ApiError && pools.error.status === 403;
  const items = pools.data?.items ?? [];

  return (
    <Page title={t.network.title}>
      <Paragraph lead>{t.network.intro}</Paragraph>
      {forbidden && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t.network.notAllowed}</p>
        </Alert>
      )}
      {pools.data?.allowedActions.includes('create-pool') && (
        <Section id="new-pool" title={t.network.formHeading}>
          <NewPoolForm onCreated={pools.reload} />
        </Section>
      )}
      {!forbidden && (
        <Section id="pool-list" title={t.network.listHeading}>
          {pools.loading && !pools.data && <Loading />}
          {pools.error !== undefined && <LoadFailed error={pools.error} onRetry={pools.reload} />}
          {pools.data && items.length === 0 && <EmptyState>{t.network.empty}</EmptyState>}
          {items.length > 0 && (
            <Table id="pools-table" caption={t.network.caption}>
              <THead>
                <Th>{t.network.columns.name}</Th>
                <Th>{t.network.columns.municipalities}</Th>
                <Th>{t.network.columns.members}</Th>
                <Th>{t.network.columns.administrators}</Th>
                <Th>{t.network.columns.created}</Th>
              </THead>
              <TBody>
                {items.map((p) => (
                  <Tr key={p.id}>
                    <Th scope="row">{p.name}</Th>
                    <Td>{p.municipalities.length > 0 ? p.municipalities.join(', ') : t.network.noMunicipalities}</Td>
                    <Td>{p.members}</Td>
                    <Td>
                      {p.administrators}
                      {p.openAdminInvitations > 0 && ` (${t.network.openInvitations(p.openAdminInvitations)})`}
                    </Td>
                    <Td>{dateTime(p.createdAt)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Section>
      )}
    </Page>
  );
}

function NewPoolForm({ onCreated }: { onCreated(): void }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [codes, setCodes] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [created, setCreated] = useState<{ pool: string; email: string; link: string } | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const form = useForm<Field>('new-pool', { name: 'pool-name', codes: 'pool-codes', adminName: 'pool-admin-name', adminEmail: 'pool-admin-email' });

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    const list = codes
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    const errors: FieldErrors<Field> = {};
    if (!name.trim()) errors.name = t.form.requiredField;
    if (list.some((c) => !/^GM[0-9]{4}$/.test(c))) errors.codes = t.network.codesInvalid;
    if (!adminName.trim()) errors.adminName = t.form.requiredField;
    if (!adminEmail.trim()) errors.adminEmail = t.form.requiredField;
    else if (!looksLikeEmail(adminEmail)) errors.adminEmail = t.form.invalidEmail;
    if (Object.keys(errors).length > 0) return form.fail(errors);

    await form.submit(async () => {
      try {
        const result = await createPlatformPool({
          name: name.trim(),
          municipalityCodes: [...new Set(list)],
          firstAdmin: { name: adminName.trim(), email: adminEmail.trim() },
        });
        setCreated({ pool: result.pool.name, email: adminEmail.trim(), link: result.invitation.acceptUrl });
        setName('');
        setCodes('');
        setAdminName('');
        setAdminEmail('');
        onCreated();
      } catch (err) {
        if (err instanceof ApiError && err.slug === 'pool-name-taken') form.fail({ name: describeError(err, t, locale) });
        else if (err instanceof ApiError && err.slug === 'email-taken') form.fail({ adminEmail: describeError(err, t, locale) });
        else throw err;
      }
    });
  };

  return (
    <>
      {created && (
        <Alert type="ok" heading={t.network.createdHeading} ref={createdRef} tabIndex={-1}>
          <p className="utrecht-paragraph">{t.network.created(created.pool, created.email)}</p>
          <CopyField id="pool-invite-link" label={t.network.link} value={created.link} />
        </Alert>
      )}
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id="pool-name" name="name" label={t.network.name} hint={t.network.nameHint} required maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.name} />
        <TextField id="pool-codes" name="codes" label={t.network.codes} hint={t.network.codesHint} autoComplete="off" spellCheck={false} value={codes} onChange={(e) => setCodes(e.target.value)} error={form.errors.codes} />
        <TextField id="pool-admin-name" name="adminName" label={t.network.adminName} required maxLength={200} autoComplete="off" value={adminName} onChange={(e) => setAdminName(e.target.value)} error={form.errors.adminName} />
        <TextField
          id="pool-admin-email"
          name="adminEmail"
          type="email"
          label={t.network.adminEmail}
          hint={t.network.adminEmailHint}
          required
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="off"
          value={adminEmail}
          onChange={(e) => setAdminEmail(e.target.value)}
          error={form.errors.adminEmail}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.network.submitting : t.network.submit}
        </Button>
      </form>
    </>
  );
}
