import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/problem.js';
import { updateMediator, type MediatorDetail } from '../../../api/registry.js';
import type { MemberMunicipality } from '../../../api/types.js';
import { listMemberMunicipalities } from '../../../api/users.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page } from '../../../components/page.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { BackLink } from '../parts.js';
import { currentMembers, ProfileFields, profileFieldIds, profileFromDetail, readProfile, type ProfileField, type ProfileState } from './profile-fields.js';
import { useMediator } from './use-mediator.js';

type Field = ProfileField | 'name';
const FIELD_IDS: Record<Field, string> = { ...profileFieldIds('mediator-edit'), name: 'mediator-edit-name' };

/** The coordinator's form for a mediator's profile (status has a page of its own, with history). */
export function MediatorEditPage() {
  const { t } = useI18n();
  const e = t.registry.mediatorEdit;
  const { mediatorId = '' } = useParams();
  const mediator = useMediator(mediatorId);
  const municipalities = useQuery(() => listMemberMunicipalities().then((r) => r.items), []);

  let body;
  if ((mediator.loading && !mediator.data) || (municipalities.loading && !municipalities.data)) body = <Loading />;
  else if (mediator.error instanceof ApiError && mediator.error.status === 404) {
    body = (
      <Alert type="error">
        <p className="utrecht-paragraph">{t.registry.mediatorDetail.notFound}</p>
      </Alert>
    );
  } else if (mediator.error !== undefined || municipalities.error !== undefined || !mediator.data || !municipalities.data) {
    body = (
      <LoadFailed
        error={mediator.error ?? municipalities.error}
        onRetry={() => {
          mediator.reload();
          municipalities.reload();
        }}
      />
    );
  } else {
    // Current members, and the present home municipality even if its membership ended.
    const home = mediator.data.municipality?.id;
    const choices = [...currentMembers(municipalities.data), ...municipalities.data.filter((m) => m.id === home && !currentMembers([m]).length)];
    body = <EditForm mediator={mediator.data} municipalities={choices} />;
  }

  return (
    <Page title={e.title}>
      <BackLink to={`/register/mediators/${mediatorId}`}>{e.back}</BackLink>
      {body}
    </Page>
  );
}

function EditForm({ mediator, municipalities }: { mediator: MediatorDetail; municipalities: MemberMunicipality[] }) {
  const { t } = useI18n();
  const e = t.registry.mediatorEdit;
  const navigate = useNavigate();
  const [name, setName] = useState(mediator.name);
  const [profile, setProfile] = useState<ProfileState>(() => profileFromDetail(mediator));
  const form = useForm<Field>('mediator-edit', FIELD_IDS);

  const onSubmit = async (ev: FormEvent) => {
    ev.preventDefault();
    const read = readProfile(profile, t);
    const errors: FieldErrors<Field> = { ...read.errors };
    if (!name.trim()) errors.name = t.form.requiredField;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      const { municipalityId, ...rest } = read.input;
      const saved = await updateMediator(mediator.id, {
        ...(name.trim() !== mediator.name ? { name: name.trim() } : {}),
        ...(municipalityId !== mediator.municipality?.id ? { municipalityId } : {}),
        ...rest,
      });
      void navigate(`/register/mediators/${saved.id}`, { state: { notice: e.saved } });
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id={FIELD_IDS.name}
          name="name"
          label={e.name}
          hint={e.nameHint}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={(ev) => setName(ev.target.value)}
          error={form.errors.name}
        />
        <ProfileFields prefix="mediator-edit" value={profile} onChange={setProfile} errors={form.errors} municipalities={municipalities} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
    </>
  );
}
