import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { ApiError } from '../../api/problem.js';
import type { MemberMunicipality, User } from '../../api/types.js';
import { getUser, updateUser, type UserChanges } from '../../api/users.js';
import { useCurrentSession, useSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { roleOptions } from './role-options.js';
import { useMunicipalities } from './use-municipalities.js';
import { UserSecuritySection } from '../account-security/user-security-section.js';

export function UserEditPage() {
  const { t, locale } = useI18n();
  const { userId = '' } = useParams();
  const user = useQuery(() => getUser(userId), [userId]);
  const municipalities = useMunicipalities();

  let body;
  if ((user.loading && !user.data) || (municipalities.loading && !municipalities.data)) body = <Loading />;
  else if (user.error instanceof ApiError && user.error.status === 404) {
    body = (
      <Alert type="error">
        <p className="utrecht-paragraph">{t.userEdit.notFound}</p>
      </Alert>
    );
  } else if (user.error !== undefined || municipalities.error !== undefined || !user.data || !municipalities.data) {
    body = (
      <Alert type="error" heading={t.common.loadFailed}>
        <p className="utrecht-paragraph">{describeError(user.error ?? municipalities.error, t, locale)}</p>
        <Button
          onClick={() => {
            user.reload();
            municipalities.reload();
          }}
        >
          {t.common.retry}
        </Button>
      </Alert>
    );
  } else {
    body = (
      <>
        <EditForm user={user.data} municipalities={municipalities.data} />
        <UserSecuritySection userId={user.data.id} name={user.data.name} />
      </>
    );
  }

  return (
    <Page title={t.userEdit.title}>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">
          <span aria-hidden="true">‹ </span>
          {t.userEdit.backToList}
        </AppLink>
      </Paragraph>
      {body}
    </Page>
  );
}

function EditForm({ user, municipalities }: { user: User; municipalities: MemberMunicipality[] }) {
  const { t } = useI18n();
  const session = useCurrentSession();
  const { setUser } = useSession();
  const [saved, setSaved] = useState(user);
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [municipalityId, setMunicipalityId] = useState(user.municipalityId ?? '');
  const [active, setActive] = useState(user.active);
  const [confirming, setConfirming] = useState(false);
  const form = useForm('user-edit', { name: 'user-name', roles: 'user-roles', municipalityId: 'user-municipality', active: 'user-active' });
  const notice = useNotice();

  const save = async () => {
    // The dialog closes first, so a failure can move the focus to the error summary.
    setConfirming(false);
    const changes: UserChanges = { name: name.trim(), roles, municipalityId: municipalityId || null, active };
    const ok = await form.submit(async () => {
      const updated = await updateUser(user.id, changes);
      setSaved(updated);
      if (updated.id === session.user.id) setUser(updated);
      notice.show(t.userEdit.saved);
    });
    if (!ok) notice.clear();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    notice.clear();
    if (!name.trim()) return form.fail({ name: t.form.requiredField });
    // Deactivating ends someone's access at once: ask first.
    if (saved.active && !active) setConfirming(true);
    else void save();
  };

  return (
    <>
      <Paragraph lead>
        {saved.name} · <span className="mp-break">{saved.email}</span>
      </Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="user-name"
          name="name"
          label={t.userEdit.name}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
        />
        <CheckboxGroup id="user-roles" legend={t.userEdit.roles} hint={t.userEdit.rolesHint} options={roleOptions(t)} value={roles} onChange={setRoles} error={form.errors.roles} />
        <SelectField
          id="user-municipality"
          name="municipalityId"
          label={t.userEdit.municipality}
          value={municipalityId}
          onChange={(e) => setMunicipalityId(e.target.value)}
          error={form.errors.municipalityId}
        >
          <option value="">{t.userEdit.noMunicipality}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id="user-active"
          name="active"
          label={t.userEdit.active}
          hint={t.userEdit.activeHint}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
          error={form.errors.active}
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
      <ConfirmDialog
        id="user-deactivate-dialog"
        open={confirming}
        title={t.userEdit.deactivateTitle}
        confirmLabel={t.userEdit.deactivateConfirm}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{t.userEdit.deactivateBody(saved.name)}</p>
      </ConfirmDialog>
    </>
  );
}
