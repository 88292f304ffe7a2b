import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { MEDIATOR_STATUSES, type MediatorStatus } from '../../../../domain/registry/mediator-values.js';
import { ApiError } from '../../../api/problem.js';
import { createMediator, listMediators } from '../../../api/registry.js';
import type { MemberMunicipality, User } from '../../../api/types.js';
import { listMemberMunicipalities, listUsers } from '../../../api/users.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page } from '../../../components/page.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useQuery } from '../../../hooks/use-query.js';
import { describeError } from '../../../i18n/describe-error.js';
import { useI18n } from '../../../i18n/i18n.js';
import { useRegistryAccess } from '../access.js';
import { BackLink } from '../parts.js';
import { currentMembers, emptyProfile, ProfileFields, profileFieldIds, readProfile, type ProfileField, type ProfileState } from './profile-fields.js';

type Who = 'existing' | 'invite';
type Field = ProfileField | 'who' | 'userId' | 'invite/name' | 'invite/email' | 'invite' | 'status' | 'statusNote';

const FIELD_IDS: Record<Field, string> = {
  ...profileFieldIds('mediator-new'),
  who: 'mediator-new-who',
  userId: 'mediator-new-user',
  invite: 'mediator-new-name',
  'invite/name': 'mediator-new-name',
  'invite/email': 'mediator-new-email',
  status: 'mediator-new-status',
  statusNote: 'mediator-new-status-note',
};

/** Accounts that can still become a mediator: everyone with an active account not yet in the register. Administrators only (the user list is theirs). */
async function candidateAccounts(): Promise<User[]> {
  const [users, mediators] = await Promise.all([listUsers({ pageSize: 200, active: true }), listMediators({ pageSize: 200 })]);
  const registered = new Set(mediators.items.map((m) => m.userId).filter(Boolean));
  return users.items.filter((u) => !registered.has(u.id));
}

export function MediatorCreatePage() {
  const { t } = useI18n();
  const c = t.registry.mediatorCreate;
  const { picksAccounts: admin } = useRegistryAccess();
  // Only current members can be a home municipality.
  const municipalities = useQuery(() => listMemberMunicipalities().then((r) => currentMembers(r.items)), []);
  const accounts = useQuery(() => (admin ? candidateAccounts() : Promise.resolve([])), [admin]);

  let body;
  if ((municipalities.loading && !municipalities.data) || (accounts.loading && !accounts.data)) body = <Loading />;
  else if (municipalities.error !== undefined || accounts.error !== undefined || !municipalities.data || !accounts.data) {
    body = (
      <LoadFailed
        error={municipalities.error ?? accounts.error}
        onRetry={() => {
          municipalities.reload();
          accounts.reload();
        }}
      />
    );
  } else body = <CreateForm municipalities={municipalities.data} accounts={accounts.data} canPickAccount={admin} />;

  return (
    <Page title={c.title}>
      <BackLink to="/register/mediators">{c.backToList}</BackLink>
      <Paragraph lead>{c.intro}</Paragraph>
      {body}
    </Page>
  );
}

function CreateForm({ municipalities, accounts, canPickAccount }: { municipalities: MemberMunicipality[]; accounts: User[]; canPickAccount: boolean }) {
  const { t, locale } = useI18n();
  const c = t.registry.mediatorCreate;
  const labels = t.registry.labels;
  const navigate = useNavigate();
  const [who, setWho] = useState<Who | ''>(canPickAccount ? '' : 'invite');
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState<MediatorStatus>('in_training');
  const [statusNote, setStatusNote] = useState('');
  const [profile, setProfile] = useState<ProfileState>(emptyProfile);
  const form = useForm<Field>('mediator-new', FIELD_IDS);

  const chooseAccount = (id: string) => {
    setUserId(id);
    // The account's municipality is the usual home municipality.
    const account = accounts.find((a) => a.id === id);
    if (account?.municipalityId && !profile.municipalityId && municipalities.some((m) => m.id === account.municipalityId)) {
      setProfile((p) => ({ ...p, municipalityId: account.municipalityId! }));
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const read = readProfile(profile, t);
    const errors: FieldErrors<Field> = { ...read.errors };
    if (!who) errors.who = t.registry.common.chooseOne;
    if (who === 'existing' && !userId) errors.userId = c.chooseAccount;
    if (who === 'invite') {
      if (!name.trim()) errors['invite/name'] = t.form.requiredField;
      if (!email.trim()) errors['invite/email'] = t.form.requiredField;
      else if (!looksLikeEmail(email)) errors['invite/email'] = t.form.invalidEmail;
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);

    await form.submit(async () => {
      try {
        const created = await createMediator({
          ...(who === 'existing' ? { userId } : { invite: { name: name.trim(), email: email.trim() } }),
          ...read.input,
          status,
          ...(statusNote.trim() ? { statusNote: statusNote.trim() } : {}),
        });
        const notice = who === 'invite' ? c.createdInvited(created.name) : c.created(created.name);
        void navigate(`/register/mediators/${created.id}`, { state: { notice } });
      } catch (err) {
        // An address that already has an account is about the e-mail field; other refusals
        // ("already in the register", "register number taken") say themselves what they are about.
        if (err instanceof ApiError && err.slug === 'email-taken') {
          form.fail({ 'invite/email': describeError(err, t, locale) });
        } else throw err;
      }
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {canPickAccount ? (
          <RadioGroup
            id={FIELD_IDS.who}
            name="who"
            legend={c.who}
            options={[
              { value: 'existing' as const, label: c.existing, hint: c.existingHint },
              { value: 'invite' as const, label: c.invite, hint: c.inviteHint },
            ]}
            value={who}
            onChange={setWho}
            error={form.errors.who}
          />
        ) : (
          <Paragraph>{c.onlyInvite}</Paragraph>
        )}
        {who === 'existing' &&
          (accounts.length === 0 ? (
            <Paragraph className="mp-muted">{c.noAccounts}</Paragraph>
          ) : (
            <SelectField id={FIELD_IDS.userId} name="userId" label={c.account} required value={userId} onChange={(e) => chooseAccount(e.target.value)} error={form.errors.userId}>
              <option value="">{c.chooseAccount}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {c.accountOption(a.name, a.email)}
                </option>
              ))}
            </SelectField>
          ))}
        {who === 'invite' && (
          <>
            <TextField
              id={FIELD_IDS['invite/name']}
              name="name"
              label={c.name}
              required
              maxLength={200}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={form.errors['invite/name']}
            />
            <TextField
              id={FIELD_IDS['invite/email']}
              name="email"
              type="email"
              label={c.email}
              required
              autoComplete="off"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={form.errors['invite/email']}
            />
          </>
        )}
        <ProfileFields prefix="mediator-new" value={profile} onChange={setProfile} errors={form.errors} municipalities={municipalities} />
        <SelectField id={FIELD_IDS.status} name="status" label={c.status} hint={c.statusHint} value={status} onChange={(e) => setStatus(e.target.value as MediatorStatus)} error={form.errors.status}>
          {MEDIATOR_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.status[s]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={FIELD_IDS.statusNote}
          name="statusNote"
          label={c.statusNote}
          maxLength={1000}
          value={statusNote}
          onChange={(e) => setStatusNote(e.target.value)}
          error={form.errors.statusNote}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? c.submitting : c.submit}
        </Button>
      </form>
    </>
  );
}
