import { listEvents, type EventSummary } from '../../api/events.js';
import { Alert } from '../../components/alert.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { RegistrationButtons, RegistrationStatus } from './registration-actions.js';
import './events.css';

/**
 * /community/agenda: the pool's upcoming events with the places left and the person's own
 * standing (registered, place on the waiting list), with register and cancel; below, past events.
 * Coordinators put new events on the agenda.
 */
export function AgendaPage() {
  const { t } = useI18n();
  const a = t.events.agenda;
  const upcoming = useQuery((signal) => listEvents('upcoming', signal), []);
  const past = useQuery((signal) => listEvents('past', signal), []);
  const notice = useNotice();
  const changed = (message: string) => {
    notice.show(message);
    upcoming.reload();
  };

  return (
    <Page title={a.title}>
      <Paragraph lead>{a.intro}</Paragraph>
      <Paragraph>
        <AppLink to="/community">{a.community}</AppLink>
      </Paragraph>
      {upcoming.data?.allowedActions.includes('create') && (
        <Paragraph>
          <ButtonLink to="/community/agenda/nieuw" appearance="primary">
            {a.newEvent}
          </ButtonLink>
        </Paragraph>
      )}
      {notice.notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      <Section id="agenda-upcoming" title={a.upcoming}>
        {upcoming.error !== undefined && <LoadFailed error={upcoming.error} onRetry={upcoming.reload} />}
        {!upcoming.data && upcoming.error === undefined && <Loading />}
        {upcoming.data && upcoming.data.items.length === 0 && <EmptyState>{a.noneUpcoming}</EmptyState>}
        {upcoming.data && upcoming.data.items.length > 0 && (
          <ul className="mp-event-list">
            {upcoming.data.items.map((e) => (
              <EventCard key={e.id} event={e} onChanged={changed} />
            ))}
          </ul>
        )}
      </Section>
      <Section id="agenda-past" title={a.past}>
        {past.error !== undefined && <LoadFailed error={past.error} onRetry={past.reload} />}
        {!past.data && past.error === undefined && <Loading />}
        {past.data && past.data.items.length === 0 && <EmptyState>{a.nonePast}</EmptyState>}
        {past.data && past.data.items.length > 0 && (
          <ul className="mp-event-list">
            {past.data.items.map((e) => (
              <EventCard key={e.id} event={e} onChanged={changed} />
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}

function EventCard({ event, onChanged }: { event: EventSummary; onChanged(message: string): void }) {
  const { t, dateTime } = useI18n();
  const a = t.events.agenda;
  const where = [event.location, event.onlineUrl ? a.online : null].filter(Boolean).join(' · ');
  return (
    <li className="mp-event-card" aria-labelledby={`event-${event.id}-title`}>
      <Heading level={3} id={`event-${event.id}-title`}>
        <AppLink to={`/community/agenda/${event.id}`}>{event.title}</AppLink>
        {event.cancelledAt && (
          <>
            {' '}
            <StatusBadge tone="danger">{t.events.event.cancelledBadge}</StatusBadge>
          </>
        )}
      </Heading>
      <Paragraph>
        {t.events.kinds[event.kind]} · {dateTime(event.startsAt)} · {where}
      </Paragraph>
      <Paragraph>
        {a.placesLeft(event.placesLeft, event.capacity)}
        {event.waitingCount > 0 ? ` · ${a.waiting(event.waitingCount)}` : ''}
        {event.points > 0 ? ` · ${event.points} ${a.points}` : ''} <RegistrationStatus event={event} />
      </Paragraph>
      <RegistrationButtons event={event} onChanged={onChanged} idPrefix={`event-${event.id}`} />
    </li>
  );
}
