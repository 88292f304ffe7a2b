import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { cancelEvent, certificateUrl, evaluateEvent, getEvent, recordAttendance, type EventDetail, type RegistrationRow } from '../../api/events.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { RegistrationButtons, RegistrationStatus } from './registration-actions.js';

/**
 * /community/agenda/:eventId: one event. Everyone who sees the agenda reads its details and their
 * own registration (register, cancel, the certificate once they attended, the evaluation after
 * the event); the organiser also sees the registrations, records attendance, downloads
 * certificates and reads the evaluation (from five answers).
 */
export function EventPage() {
  const { eventId = '' } = useParams();
  const { t } = useI18n();
  const ev = useQuery((signal) => getEvent(eventId, signal), [eventId]);
  const notice = useNotice();
  const location = useLocation();
  const savedNotice = (location.state as { notice?: string } | null)?.notice ?? null;
  const changed = (message: string) => {
    notice.show(message);
    ev.reload();
  };
  const data = ev.data;
  return (
    <Page title={data?.title ?? t.events.agenda.title}>
      <Paragraph>
        <AppLink to="/community/agenda">{t.events.event.back}</AppLink>
      </Paragraph>
      {ev.error !== undefined && <LoadFailed error={ev.error} onRetry={ev.reload} />}
      {!data && ev.error === undefined && <Loading />}
      {(notice.notice ?? savedNotice) && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{notice.notice ?? savedNotice}</p>
        </Alert>
      )}
      {data?.cancelledAt && (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            <strong>{t.events.event.cancelledTitle}.</strong> {t.events.event.cancelledBody(data.cancelReason)}
          </p>
        </Alert>
      )}
      {data && (
        <>
          <Facts event={data} />
          <OrganiserActions event={data} onChanged={changed} />
          <OwnRegistration event={data} onChanged={changed} />
          {data.registrations && <Registrations event={data} registrations={data.registrations} onChanged={changed} />}
          {data.evaluation && <EvaluationResults event={data} />}
        </>
      )}
    </Page>
  );
}

function Facts({ event }: { event: EventDetail }) {
  const { t, dateTime } = useI18n();
  const e = t.events.event;
  return (
    <Section id="event-facts" title={e.facts}>
      {event.description && <Paragraph>{event.description}</Paragraph>}
      <DataList
        items={[
          { key: 'kind', label: e.kind, value: t.events.kinds[event.kind] },
          { key: 'starts', label: e.starts, value: dateTime(event.startsAt) },
          { key: 'ends', label: e.ends, value: dateTime(event.endsAt) },
          ...(event.location ? [{ key: 'location', label: e.location, value: event.location }] : []),
          ...(event.onlineUrl
            ? [{ key: 'online', label: e.onlineLink, value: <a className="utrecht-link utrecht-link--html-a" href={event.onlineUrl} rel="noreferrer noopener">{event.onlineUrl}</a> }]
            : []),
          { key: 'capacity', label: e.capacity, value: `${t.events.agenda.placesLeft(event.placesLeft, event.capacity)}${event.waitingCount > 0 ? ` · ${t.events.agenda.waiting(event.waitingCount)}` : ''}` },
          { key: 'points', label: e.points, value: e.pointsValue(event.points, event.kind === 'intervision_day') },
          { key: 'organiser', label: e.organiser, value: event.organiserName },
        ]}
      />
    </Section>
  );
}

function OwnRegistration({ event, onChanged }: { event: EventDetail; onChanged(message: string): void }) {
  const { t } = useI18n();
  const e = t.events.event;
  const mine = event.myRegistration;
  const active = mine && mine.status !== 'cancelled';
  const mayEvaluate = event.allowedActions.includes('evaluate');
  const closed = !event.allowedActions.includes('register') && !active && new Date(event.startsAt) <= new Date();
  return (
    <Section id="event-registration" title={e.yourRegistration}>
      {!active && <Paragraph>{closed ? e.registrationClosed : e.notRegistered}</Paragraph>}
      {active && mine.status === 'registered' && mine.attended === null && <Paragraph>{e.registered}</Paragraph>}
      {active && mine.status === 'waiting' && <Paragraph>{e.onWaitingList(mine.waitingPosition)}</Paragraph>}
      {active && mine.attended !== null && (
        <Paragraph>
          <RegistrationStatus event={event} />
        </Paragraph>
      )}
      <RegistrationButtons event={event} onChanged={onChanged} idPrefix="event-registration" />
      {mine?.allowedActions.includes('download-certificate') && (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={certificateUrl(event.id, mine.id)} download>
            {e.certificate}
          </a>
        </Paragraph>
      )}
      {mayEvaluate && <EvaluationForm eventId={event.id} onSaved={() => onChanged(t.events.evaluation.thanks)} />}
      {mine?.evaluated && <Paragraph>{t.events.evaluation.given}</Paragraph>}
    </Section>
  );
}

function EvaluationForm({ eventId, onSaved }: { eventId: string; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.events.evaluation;
  const [overall, setOverall] = useState('');
  const [usefulness, setUsefulness] = useState('');
  const [comment, setComment] = useState('');
  const form = useForm<'overall' | 'usefulness' | 'comment'>('evaluation-form', { overall: 'evaluation-overall', usefulness: 'evaluation-usefulness', comment: 'evaluation-comment' });
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: m.scale[n] ?? String(n) }));
  const onSubmit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!overall || !usefulness) return form.fail({ ...(!overall ? { overall: m.required } : {}), ...(!usefulness ? { usefulness: m.required } : {}) });
    const ok = await form.submit(() => evaluateEvent(eventId, { overall: Number(overall), usefulness: Number(usefulness), ...(comment.trim() ? { comment: comment.trim() } : {}) }));
    if (ok) onSaved();
  };
  return (
    <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="evaluation-form-title">
      <h3 className="utrecht-heading-3" id="evaluation-form-title">
        {m.title}
      </h3>
      <Paragraph>{m.intro}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup id="evaluation-overall" name="overall" legend={m.overall} error={form.errors.overall} options={scale} value={overall} onChange={setOverall} inline />
      <RadioGroup id="evaluation-usefulness" name="usefulness" legend={m.usefulness} error={form.errors.usefulness} options={scale} value={usefulness} onChange={setUsefulness} inline />
      <TextAreaField id="evaluation-comment" label={m.comment} hint={m.commentHint} error={form.errors.comment} value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {m.submit}
      </Button>
    </form>
  );
}

function Registrations({ event, registrations, onChanged }: { event: EventDetail; registrations: RegistrationRow[]; onChanged(message: string): void }) {
  const { t, locale } = useI18n();
  const o = t.events.organiser;
  const s = t.events.status;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mark = async (r: RegistrationRow, attended: boolean) => {
    if (busy) return;
    setBusy(r.id);
    setError(null);
    try {
      await recordAttendance(event.id, r.id, attended);
      onChanged(o.saved);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section id="event-registrations" title={o.title}>
      <Paragraph>{o.intro}</Paragraph>
      {error && (
        <Alert type="error">
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      {registrations.length === 0 ? (
        <EmptyState>{o.none}</EmptyState>
      ) : (
        <Table id="event-registrations-table" caption={o.caption}>
          <THead>
            <Th>{o.name}</Th>
            <Th>{o.municipality}</Th>
            <Th>{o.status}</Th>
            <Th>{o.attendance}</Th>
            <Th>{o.actions}</Th>
          </THead>
          <TBody>
            {registrations.map((r) => (
              <Tr key={r.id}>
                <Th scope="row">{r.name}</Th>
                <Td>{r.municipality ?? t.common.none}</Td>
                <Td>{r.status === 'registered' ? s.registered : r.status === 'waiting' ? s.waiting(r.waitingPosition) : s.cancelled}</Td>
                <Td>
                  {r.attended === true ? <StatusBadge tone="success">{o.present}</StatusBadge> : r.attended === false ? <StatusBadge tone="inactive">{o.absent}</StatusBadge> : r.status === 'registered' ? o.unknown : ''}
                </Td>
                <Td>
                  <ButtonGroup>
                    {r.allowedActions.includes('record-attendance') && r.attended !== true && (
                      <Button busy={busy === r.id} onClick={() => void mark(r, true)} aria-label={o.markPresent(r.name)}>
                        {o.present}
                      </Button>
                    )}
                    {r.allowedActions.includes('record-attendance') && r.attended !== false && (
                      <Button busy={busy === r.id} onClick={() => void mark(r, false)} aria-label={o.markAbsent(r.name)}>
                        {o.absent}
                      </Button>
                    )}
                    {r.allowedActions.includes('download-certificate') && (
                      <a className="utrecht-link utrecht-link--html-a" href={certificateUrl(event.id, r.id)} download aria-label={t.events.event.certificateFor(r.name)}>
                        {t.events.event.certificate}
                      </a>
                    )}
                  </ButtonGroup>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Section>
  );
}

function EvaluationResults({ event }: { event: EventDetail }) {
  const { t, number } = useI18n();
  const m = t.events.evaluation;
  const ev = event.evaluation;
  if (!ev) return null;
  return (
    <Section id="event-evaluation" title={m.results}>
      {!ev.shown ? (
        <Paragraph>{m.tooFew(ev.answers, ev.minimum)}</Paragraph>
      ) : (
        <>
          <DataList
            items={[
              { key: 'answers', label: m.answers, value: String(ev.answers) },
              { key: 'overall', label: m.averageOverall, value: ev.overall === null ? t.common.none : number(ev.overall, 1) },
              { key: 'usefulness', label: m.averageUsefulness, value: ev.usefulness === null ? t.common.none : number(ev.usefulness, 1) },
            ]}
          />
          <h3 className="utrecht-heading-3">{m.comments}</h3>
          {ev.comments.length === 0 ? (
            <Paragraph>{m.noComments}</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {ev.comments.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}

/** The organiser's change and cancel, before the event starts; cancelling asks first and says who gets a mail. */
function OrganiserActions({ event, onChanged }: { event: EventDetail; onChanged(message: string): void }) {
  const { t, locale } = useI18n();
  const o = t.events.organiser;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const mayUpdate = event.allowedActions.includes('update');
  const mayCancel = event.allowedActions.includes('cancel');
  if (!mayUpdate && !mayCancel) return null;
  const people = (event.registrations ?? []).filter((r) => r.status !== 'cancelled').length;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await cancelEvent(event.id, reason.trim() ? { reason: reason.trim() } : {});
      setOpen(false);
      onChanged(o.eventCancelled);
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section id="event-manage" title={o.manage}>
      <ButtonGroup>
        {mayUpdate && (
          <ButtonLink to={`/community/agenda/${event.id}/wijzigen`} appearance="secondary">
            {o.edit}
          </ButtonLink>
        )}
        {mayCancel && (
          <Button id="event-cancel-open" appearance="secondary" danger onClick={() => setOpen(true)}>
            {o.cancelEvent}
          </Button>
        )}
      </ButtonGroup>
      <ConfirmDialog
        id="event-cancel-dialog"
        open={open}
        title={o.cancelEventTitle}
        confirmLabel={o.cancelEventConfirm}
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <Paragraph>{o.cancelEventBody(people)}</Paragraph>
        <TextAreaField id="event-cancel-reason" label={o.cancelReason} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </ConfirmDialog>
    </Section>
  );
}
