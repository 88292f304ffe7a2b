import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { endMembership, getMunicipality, updateMunicipality, type Municipality } from '../../../api/registry.js';
import { ApiError } from '../../../api/problem.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page, Section } from '../../../components/page.js';
import { useForm } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import { amsterdamToday, parseCoordinate } from '../format.js';
import { BackLink, Notice } from '../parts.js';
import { checkMunicipalityFields, MUNICIPALITY_FIELD_IDS, MunicipalityDetailFields, type MunicipalityField } from './municipality-add-page.js';

export function MunicipalityEditPage() {
  const { t } = useI18n();
  const e = t.registry.municipalityEdit;
  const { municipalityId = '' } = useParams();
  const municipality = useQuery(() => getMunicipality(municipalityId), [municipalityId]);
  const [current, setCurrent] = useState<Municipality | null>(null);
  const shown = current?.id === municipalityId ? current : municipality.data;

  let body;
  if (municipality.loading && !municipality.data) body = <Loading />;
  else if (municipality.error instanceof ApiError && municipality.error.status === 404) {
    body = (
      <Alert type="error">
        <p className="utrecht-paragraph">{e.notFound}</p>
      </Alert>
    );
  } else if (municipality.error !== undefined || !shown) body = <LoadFailed error={municipality.error} onRetry={municipality.reload} />;
  else {
    body = (
      <>
        <Paragraph lead>
          {shown.name} · {shown.code}
        </Paragraph>
        <Section id="municipality-details" title={e.detailsHeading}>
          <EditForm key={shown.id} municipality={shown} onSaved={setCurrent} />
        </Section>
        <Section id="municipality-contacts" title={e.contactsHeading}>
          <Paragraph>{e.contactsIntro}</Paragraph>
          {shown.contactPersons.length === 0 ? (
            <Paragraph className="mp-muted">{e.noContacts}</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {shown.contactPersons.map((c) => (
                <li key={c.id} className="utrecht-unordered-list__item">
                  {c.name}
                  {c.email && <span className="mp-break"> · {c.email}</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <EndMembershipSection municipality={shown} onEnded={setCurrent} />
      </>
    );
  }

  return (
    <Page title={e.title}>
      <BackLink to="/register/gemeenten">{t.registry.municipalityAdd.backToList}</BackLink>
      {body}
    </Page>
  );
}

function EditForm({ municipality, onSaved }: { municipality: Municipality; onSaved(m: Municipality): void }) {
  const { t } = useI18n();
  const e = t.registry.municipalityEdit;
  const [name, setName] = useState(municipality.name);
  const [province, setProvince] = useState(municipality.province ?? '');
  const [latitude, setLatitude] = useState(municipality.latitude === null ? '' : String(municipality.latitude));
  const [longitude, setLongitude] = useState(municipality.longitude === null ? '' : String(municipality.longitude));
  const [memberSince, setMemberSince] = useState(municipality.memberSince);
  const [memberUntil, setMemberUntil] = useState(municipality.memberUntil ?? '');
  const form = useForm<MunicipalityField>('municipality-edit', MUNICIPALITY_FIELD_IDS);
  const saved = useNotice();
  // Ending the membership below changes the end date: the field follows, so saving keeps it.
  useEffect(() => setMemberUntil(municipality.memberUntil ?? ''), [municipality.memberUntil]);

  const onSubmit = async (ev: FormEvent) => {
    ev.preventDefault();
    saved.clear();
    const errors = checkMunicipalityFields({ name, latitude, longitude, memberSince, memberUntil }, t);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    await form.submit(async () => {
      // Only what changed: name and location may be shared with another pool.
      const lat = parseCoordinate(latitude) ?? null;
      const lon = parseCoordinate(longitude) ?? null;
      const next = await updateMunicipality(municipality.id, {
        ...(name.trim() !== municipality.name ? { name: name.trim() } : {}),
        ...((province.trim() || null) !== municipality.province ? { province: province.trim() || null } : {}),
        ...(lat !== municipality.latitude || lon !== municipality.longitude ? { latitude: lat, longitude: lon } : {}),
        ...(memberSince !== municipality.memberSince ? { memberSince } : {}),
        ...((memberUntil || null) !== municipality.memberUntil ? { memberUntil: memberUntil || null } : {}),
      });
      onSaved(next);
      saved.show(e.saved);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <MunicipalityDetailFields
          errors={form.errors}
          values={{ name, province, latitude, longitude, memberSince, memberUntil }}
          set={{ name: setName, province: setProvince, latitude: setLatitude, longitude: setLongitude, memberSince: setMemberSince, memberUntil: setMemberUntil }}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
      <Notice text={saved.notice} />
    </>
  );
}

function EndMembershipSection({ municipality, onEnded }: { municipality: Municipality; onEnded(m: Municipality): void }) {
  const { t, date } = useI18n();
  const e = t.registry.municipalityEdit;
  const [until, setUntil] = useState(amsterdamToday());
  const [confirming, setConfirming] = useState(false);
  const form = useForm('membership-end', { memberUntil: 'membership-end-date' });
  const notice = useNotice();

  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!until) return form.fail({ memberUntil: t.registry.common.dateField });
    if (!isIsoDay(until)) return form.fail({ memberUntil: t.form.invalidDate });
    form.clear();
    setConfirming(true);
  };

  const onConfirm = async () => {
    // The dialog closes first, so a failure can move the focus to the error summary.
    setConfirming(false);
    await form.submit(async () => {
      const next = await endMembership(municipality.id, until);
      onEnded(next);
      notice.show(e.endDone(next.name, date(until)));
    });
  };

  return (
    <Section id="membership-end" title={e.endHeading}>
      <Notice text={notice.notice} focus />
      {municipality.memberUntil ? (
        <Paragraph>{e.ended(date(municipality.memberUntil))}</Paragraph>
      ) : (
        <>
          <Paragraph>{e.endIntro}</Paragraph>
          <ErrorSummary {...form.summaryProps} />
          <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
            <TextField
              id="membership-end-date"
              name="memberUntil"
              type="date"
              label={e.endDate}
              required
              width="sm"
              value={until}
              onChange={(ev) => setUntil(ev.target.value)}
              error={form.errors.memberUntil}
            />
            <Button type="submit" appearance="secondary" danger busy={form.busy}>
              {e.end}
            </Button>
          </form>
        </>
      )}
      <ConfirmDialog
        id="membership-end-dialog"
        open={confirming}
        title={e.endTitle}
        confirmLabel={e.endConfirm}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{e.endBody(municipality.name, date(until || amsterdamToday()))}</p>
      </ConfirmDialog>
    </Section>
  );
}
