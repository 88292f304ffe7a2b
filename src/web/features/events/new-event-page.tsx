import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { createEvent, getEvent, updateEvent, EVENT_KIND_VALUES, type EventDetail, type EventKind } from '../../api/events.js';
import { ApiError } from '../../api/problem.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

type Field = 'kind' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl' | 'capacity' | 'points';

const FIELD_IDS: Record<Field, string> = {
  kind: 'event-kind',
  title: 'event-title',
  description: 'event-description',
  startsAt: 'event-starts',
  endsAt: 'event-ends',
  location: 'event-location',
  onlineUrl: 'event-online',
  capacity: 'event-capacity',
  points: 'event-points',
};

/** A `datetime-local` value ("2026-12-20T14:00", the reader's own time) as an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : '');
/** An instant as a `datetime-local` value in the reader's own time. */
const toLocal = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** /community/agenda/nieuw: a coordinator puts an event on the agenda. */
export function NewEventPage() {
  return <EventFormPage existing={null} />;
}

/** /community/agenda/:eventId/wijzigen: the organiser changes date, place, capacity and the rest before the event starts. */
export function EditEventPage() {
  const { eventId = '' } = useParams();
  const { t } = useI18n();
  const ev = useQuery((signal) => getEvent(eventId, signal), [eventId]);
  if (ev.error !== undefined || !ev.data) {
    return (
      <Page title={t.events.form.editTitle} narrow>
        {ev.error !== undefined ? <LoadFailed error={ev.error} onRetry={ev.reload} /> : <Loading />}
      </Page>
    );
  }
  // A new version read after a 409 starts the form afresh from it.
  return <EventFormPage key={ev.data.updatedAt} existing={ev.data} onReload={ev.reload} />;
}

function EventFormPage({ existing, onReload }: { existing: EventDetail | null; onReload?: () => void }) {
  const { t } = useI18n();
  const f = t.events.form;
  const navigate = useNavigate();
  const [kind, setKind] = useState<EventKind>(existing?.kind ?? 'masterclass');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [startsAt, setStartsAt] = useState(existing ? toLocal(existing.startsAt) : '');
  const [endsAt, setEndsAt] = useState(existing ? toLocal(existing.endsAt) : '');
  const [location, setLocation] = useState(existing?.location ?? '');
  const [onlineUrl, setOnlineUrl] = useState(existing?.onlineUrl ?? '');
  const [capacity, setCapacity] = useState(existing ? String(existing.capacity) : '12');
  const [points, setPoints] = useState(existing ? String(existing.points) : '4');
  const form = useForm<Field>('event-form', FIELD_IDS);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const back = existing ? `/community/agenda/${existing.id}` : '/community/agenda';
  const mayEdit = !existing || existing.allowedActions.includes('update');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const whole = (v: string) => /^\d+$/.test(v.trim());
    const missing: Partial<Record<Field, string>> = {
      ...(!title.trim() ? { title: f.required } : {}),
      ...(!startsAt ? { startsAt: f.required } : {}),
      ...(!endsAt ? { endsAt: f.required } : {}),
      ...(!whole(capacity) ? { capacity: f.invalidNumber } : {}),
      ...(!whole(points) ? { points: f.invalidNumber } : {}),
    };
    if (Object.keys(missing).length > 0) return form.fail(missing);
    const body = {
      kind,
      title: title.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      startsAt: toInstant(startsAt),
      endsAt: toInstant(endsAt),
      ...(location.trim() ? { location: location.trim() } : {}),
      ...(onlineUrl.trim() ? { onlineUrl: onlineUrl.trim() } : {}),
      capacity: Number(capacity),
      points: Number(points),
    };
    let id = existing?.id ?? '';
    setChangedMeanwhile(false);
    const ok = await form.submit(async () => {
      try {
        // The version the form was read at: a change by someone else since is refused (409), nothing stored.
        if (existing) await updateEvent(existing.id, { ...body, updatedAt: existing.updatedAt });
        else id = (await createEvent(body)).id;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.slug === 'event-changed') setChangedMeanwhile(true);
        throw err;
      }
    });
    if (ok) void navigate(`/community/agenda/${id}`, existing ? { state: { notice: f.saved } } : undefined);
  };

  return (
    <Page title={existing ? f.editTitle : f.title} narrow>
      <Paragraph>
        <AppLink to={back}>{existing ? f.backToEvent : t.events.event.back}</AppLink>
      </Paragraph>
      <Paragraph lead>{existing ? f.editIntro : f.intro}</Paragraph>
      {!mayEdit ? (
        <Paragraph>{f.notEditable}</Paragraph>
      ) : (
        <form className="mp-form" id="event-form" noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorSummary {...form.summaryProps} />
          {changedMeanwhile && onReload && (
            <Paragraph>
              <Button onClick={onReload}>{f.reloadChanged}</Button>
            </Paragraph>
          )}
          <SelectField id={FIELD_IDS.kind} label={f.kind} error={form.errors.kind} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {EVENT_KIND_VALUES.map((k) => (
              <option key={k} value={k}>
                {t.events.kinds[k]}
              </option>
            ))}
          </SelectField>
          <TextField id={FIELD_IDS.title} label={f.titleField} error={form.errors.title} value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />
          <TextAreaField id={FIELD_IDS.description} label={f.description} error={form.errors.description} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />
          <TextField id={FIELD_IDS.startsAt} type="datetime-local" width="md" label={f.startsAt} error={form.errors.startsAt} value={startsAt} required onChange={(e) => setStartsAt(e.target.value)} />
          <TextField id={FIELD_IDS.endsAt} type="datetime-local" width="md" label={f.endsAt} error={form.errors.endsAt} value={endsAt} required onChange={(e) => setEndsAt(e.target.value)} />
          <TextField id={FIELD_IDS.location} label={f.location} hint={f.locationHint} error={form.errors.location} value={location} maxLength={300} onChange={(e) => setLocation(e.target.value)} />
          <TextField id={FIELD_IDS.onlineUrl} type="url" label={f.onlineUrl} hint={f.onlineUrlHint} error={form.errors.onlineUrl} value={onlineUrl} maxLength={500} onChange={(e) => setOnlineUrl(e.target.value)} />
          <TextField
            id={FIELD_IDS.capacity}
            inputMode="numeric"
            width="sm"
            label={f.capacity}
            hint={existing ? f.capacityEditHint(existing.capacity - existing.placesLeft) : f.capacityHint}
            error={form.errors.capacity}
            value={capacity}
            required
            onChange={(e) => setCapacity(e.target.value)}
          />
          <TextField id={FIELD_IDS.points} inputMode="numeric" width="sm" label={f.points} hint={f.pointsHint} error={form.errors.points} value={points} required onChange={(e) => setPoints(e.target.value)} />
          <Button type="submit" appearance="primary" busy={form.busy}>
            {existing ? f.save : f.submit}
          </Button>
        </form>
      )}
    </Page>
  );
}
