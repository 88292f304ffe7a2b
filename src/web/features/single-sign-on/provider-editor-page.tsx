import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ROLES, type Role } from '../../../domain/roles.js';
import type { SsoRoleMapping } from '../../../contract/single-sign-on.js';
import { createSsoProvider, deleteSsoProvider, listSsoProviders, updateSsoProvider, type SsoProvider } from '../../api/single-sign-on.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { PasswordField } from '../../components/password-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { useMunicipalities } from '../users/use-municipalities.js';
import './sso.css';

const NEW = 'nieuw';

/** Beheer › Inloggen › a sign-in service: add one, or change or remove one. */
export function ProviderEditorPage() {
  const { t } = useI18n();
  const s = t.singleSignOn.editor;
  const { providerId = NEW } = useParams();
  const isNew = providerId === NEW;
  const providers = useQuery(() => (isNew ? Promise.resolve(null) : listSsoProviders()), [providerId]);
  const municipalities = useMunicipalities();

  let body;
  if ((providers.loading && providers.data === undefined) || (municipalities.loading && !municipalities.data)) body = <Loading />;
  else if (providers.error !== undefined || municipalities.error !== undefined || !municipalities.data) {
    body = <LoadFailed error={providers.error ?? municipalities.error} onRetry={() => (providers.reload(), municipalities.reload())} />;
  } else {
    const existing = providers.data?.items.find((p) => p.id === providerId) ?? null;
    body =
      !isNew && !existing ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{s.notFound}</p>
        </Alert>
      ) : (
        <ProviderForm key={existing?.id ?? NEW} existing={existing} municipalities={municipalities.data} />
      );
  }

  return (
    <Page title={isNew ? s.newTitle : s.editTitle}>
      <Paragraph>
        <AppLink to="/beheer/inloggen">
          <span aria-hidden="true">‹ </span>
          {s.back}
        </AppLink>
      </Paragraph>
      {body}
    </Page>
  );
}

type Field = 'label' | 'municipalityId' | 'issuer' | 'clientId' | 'clientSecret' | 'scopes' | 'emailClaim' | 'nameClaim' | 'groupsClaim' | 'roleMapping';

function ProviderForm({ existing, municipalities }: { existing: SsoProvider | null; municipalities: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const s = t.singleSignOn.editor;
  const navigate = useNavigate();
  const [label, setLabel] = useState(existing?.label ?? '');
  const [municipalityId, setMunicipalityId] = useState(existing?.municipalityId ?? '');
  const [issuer, setIssuer] = useState(existing?.issuer ?? '');
  const [clientId, setClientId] = useState(existing?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState(existing?.scopes ?? 'openid email profile');
  const [emailClaim, setEmailClaim] = useState(existing?.emailClaim ?? 'email');
  const [nameClaim, setNameClaim] = useState(existing?.nameClaim ?? 'name');
  const [groupsClaim, setGroupsClaim] = useState(existing?.groupsClaim ?? 'groups');
  const [rows, setRows] = useState<SsoRoleMapping[]>(existing?.roleMapping ?? []);
  const [createAccounts, setCreateAccounts] = useState(existing?.createAccounts ?? false);
  const [enabled, setEnabled] = useState(existing?.enabled ?? true);
  const [deleting, setDeleting] = useState(false);
  const form = useForm<Field>('sso-provider', {
    label: 'sso-label',
    municipalityId: 'sso-municipality',
    issuer: 'sso-issuer',
    clientId: 'sso-client-id',
    clientSecret: 'sso-client-secret',
    scopes: 'sso-scopes',
    emailClaim: 'sso-email-claim',
    nameClaim: 'sso-name-claim',
    groupsClaim: 'sso-groups-claim',
    roleMapping: 'sso-group-1',
  });
  const notice = useNotice();

  const setRow = (i: number, change: Partial<SsoRoleMapping>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...change } : row)));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    notice.clear();
    const errors: Partial<Record<Field, string>> = {};
    if (!label.trim()) errors.label = t.form.requiredField;
    if (!issuer.trim()) errors.issuer = t.form.requiredField;
    if (!clientId.trim()) errors.clientId = t.form.requiredField;
    if (!existing && !clientSecret) errors.clientSecret = t.form.requiredField;
    if (rows.some((r) => !r.group.trim())) errors.roleMapping = t.form.requiredField;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    const fields = {
      label: label.trim(),
      municipalityId: municipalityId || null,
      issuer: issuer.trim(),
      clientId: clientId.trim(),
      scopes: scopes.trim(),
      emailClaim: emailClaim.trim(),
      nameClaim: nameClaim.trim(),
      groupsClaim: groupsClaim.trim(),
      roleMapping: rows.map((r) => ({ group: r.group.trim(), role: r.role })),
      createAccounts,
      enabled,
    };
    const ok = await form.submit(async () => {
      if (existing) {
        await updateSsoProvider(existing.id, { ...fields, ...(clientSecret ? { clientSecret } : {}) });
        setClientSecret('');
        notice.show(s.saved);
      } else {
        const created = await createSsoProvider({ ...fields, clientSecret });
        await navigate(`/beheer/inloggen/${created.id}`, { replace: true });
      }
    });
    if (!ok) notice.clear();
  };

  const remove = async () => {
    if (!existing) return;
    const ok = await form.submit(async () => {
      await deleteSsoProvider(existing.id);
      await navigate('/beheer/inloggen');
    });
    if (!ok) setDeleting(false);
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id="sso-label" name="label" label={s.label} hint={s.labelHint} required maxLength={100} autoComplete="off" value={label} onChange={(e) => setLabel(e.target.value)} error={form.errors.label} />
        <SelectField id="sso-municipality" name="municipalityId" label={s.municipality} hint={s.municipalityHint} value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)} error={form.errors.municipalityId}>
          <option value="">{s.wholePool}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField id="sso-issuer" name="issuer" type="url" label={s.issuer} hint={s.issuerHint} required maxLength={500} autoComplete="off" spellCheck={false} value={issuer} onChange={(e) => setIssuer(e.target.value)} error={form.errors.issuer} />
        <TextField id="sso-client-id" name="clientId" label={s.clientId} required maxLength={300} autoComplete="off" spellCheck={false} value={clientId} onChange={(e) => setClientId(e.target.value)} error={form.errors.clientId} />
        <PasswordField
          id="sso-client-secret"
          name="clientSecret"
          label={s.clientSecret}
          hint={existing ? s.clientSecretKeepHint : s.clientSecretNewHint}
          autoComplete="new-password"
          required={!existing}
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
          error={form.errors.clientSecret}
          width="lg"
        />
        <TextField id="sso-scopes" name="scopes" label={s.scopes} hint={s.scopesHint} maxLength={300} autoComplete="off" spellCheck={false} value={scopes} onChange={(e) => setScopes(e.target.value)} error={form.errors.scopes} />
        <TextField id="sso-email-claim" name="emailClaim" label={s.emailClaim} width="md" maxLength={100} autoComplete="off" spellCheck={false} value={emailClaim} onChange={(e) => setEmailClaim(e.target.value)} error={form.errors.emailClaim} />
        <TextField id="sso-name-claim" name="nameClaim" label={s.nameClaim} width="md" maxLength={100} autoComplete="off" spellCheck={false} value={nameClaim} onChange={(e) => setNameClaim(e.target.value)} error={form.errors.nameClaim} />
        <TextField id="sso-groups-claim" name="groupsClaim" label={s.groupsClaim} width="md" maxLength={100} autoComplete="off" spellCheck={false} value={groupsClaim} onChange={(e) => setGroupsClaim(e.target.value)} error={form.errors.groupsClaim} />
        <fieldset className="utrecht-form-fieldset mp-fieldset" aria-describedby="sso-mapping-hint">
          <legend className="utrecht-form-fieldset__legend">{s.mapping}</legend>
          <p id="sso-mapping-hint" className="utrecht-form-field-description">
            {s.mappingHint}
          </p>
          {form.errors.roleMapping && (
            <p className="utrecht-form-field-error-message" id="sso-mapping-error">
              {form.errors.roleMapping}
            </p>
          )}
          {rows.length === 0 && <Paragraph>{s.noRows}</Paragraph>}
          {rows.map((row, i) => (
            <div className="mp-sso-row" key={i}>
              <TextField id={`sso-group-${i + 1}`} label={s.group(i + 1)} width="md" maxLength={200} autoComplete="off" spellCheck={false} value={row.group} onChange={(e) => setRow(i, { group: e.target.value })} />
              <SelectField id={`sso-role-${i + 1}`} label={s.role(i + 1)} value={row.role} onChange={(e) => setRow(i, { role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r]}
                  </option>
                ))}
              </SelectField>
              <Button appearance="subtle" onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
                {s.removeRow(i + 1)}
              </Button>
            </div>
          ))}
          <Button onClick={() => setRows((r) => [...r, { group: '', role: 'mediator' }])}>{s.addRow}</Button>
        </fieldset>
        <CheckboxField id="sso-create-accounts" name="createAccounts" label={s.createAccounts} hint={s.createAccountsHint} checked={createAccounts} onChange={(e) => setCreateAccounts(e.target.checked)} />
        <CheckboxField id="sso-enabled" name="enabled" label={s.enabled} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? s.saving : s.save}
          </Button>
          {existing?.allowedActions.includes('delete') && (
            <Button danger onClick={() => setDeleting(true)}>
              {s.delete}
            </Button>
          )}
        </ButtonGroup>
      </form>
      {notice.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      {existing && (
        <ConfirmDialog id="sso-delete-dialog" open={deleting} title={s.deleteTitle} confirmLabel={s.deleteConfirm} busy={form.busy} onConfirm={() => void remove()} onCancel={() => setDeleting(false)}>
          <p className="utrecht-paragraph">{s.deleteBody(existing.label)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
