import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Role } from '../../../domain/roles.js';
import { createInvitation } from '../../api/invitations.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { CopyField } from '../../components/copy-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { roleOptions } from './role-options.js';
import { useMunicipalities } from './use-municipalities.js';

type Field = 'name' | 'email' | 'roles' | 'municipalityId';

export function InviteForm({ onInvited }: { onInvited(): void }) {
  const { t, locale } = useI18n();
  const municipalities = useMunicipalities();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [municipalityId, setMunicipalityId] = useState('');
  const [sent, setSent] = useState<{ name: string; email: string; link: string } | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const form = useForm<Field>('invite', { name: 'invite-name', email: 'invite-email', roles: 'invite-roles', municipalityId: 'invite-municipality' });

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    const errors: FieldErrors<Field> = {};
    if (!name.trim()) errors.name = t.form.requiredField;
    if (!email.trim()) errors.email = t.form.requiredField;
    else if (!looksLikeEmail(email)) errors.email = t.form.invalidEmail;
    if (roles.length === 0) errors.roles = t.form.chooseAtLeastOne;
    if (Object.keys(errors).length > 0) return form.fail(errors);

    await form.submit(async () => {
      try {
        const result = await createInvitation({ name: name.trim(), email: email.trim(), roles, municipalityId: municipalityId || null });
        setSent({ name: name.trim(), email: email.trim(), link: result.acceptUrl });
        setName('');
        setEmail('');
        setRoles([]);
        setMunicipalityId('');
        onInvited();
      } catch (err) {
        // "Already has an account" is about the address: show it at that field.
        if (err instanceof ApiError && err.slug === 'email-taken') form.fail({ email: describeError(err, t, locale) });
        else throw err;
      }
    });
  };

  return (
    <>
      {sent && (
        <Alert type="ok" heading={t.invitations.sentHeading} ref={sentRef} tabIndex={-1}>
          <p className="utrecht-paragraph">{t.invitations.sent(sent.name, sent.email)}</p>
          <CopyField id="invite-link" label={t.invitations.link} value={sent.link} />
        </Alert>
      )}
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="invite-name"
          name="name"
          label={t.invitations.name}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t.invitations.email}
          required
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.email}
        />
        <CheckboxGroup id="invite-roles" legend={t.invitations.roles} hint={t.invitations.rolesHint} options={roleOptions(t)} value={roles} onChange={setRoles} error={form.errors.roles} />
        <SelectField
          id="invite-municipality"
          name="municipalityId"
          label={t.invitations.municipality}
          hint={t.invitations.municipalityHint}
          value={municipalityId}
          onChange={(e) => setMunicipalityId(e.target.value)}
          error={form.errors.municipalityId}
        >
          <option value="">{t.invitations.noMunicipality}</option>
          {(municipalities.data ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.invitations.submitting : t.invitations.submit}
        </Button>
      </form>
    </>
  );
}
