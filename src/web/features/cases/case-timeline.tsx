import type { CaseEvent } from '../../api/cases.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { VisuallyHidden } from '../../components/visually-hidden.js';
import type { QueryResult } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { actorLabel } from '../../i18n/actor-label.js';

/** Every step of the case in order: what happened, the status change, who, when and (full access) why. */
export function CaseTimeline({ events }: { events: QueryResult<{ items: CaseEvent[] }> }) {
  const { t } = useI18n();
  const items = events.data?.items ?? [];
  return (
    <Section id="case-timeline" title={t.cases.timeline.heading}>
      <Paragraph>{t.cases.timeline.intro}</Paragraph>
      {events.loading && !events.data && <Loading />}
      {events.error !== undefined && (
        <LoadFailed error={events.error} onRetry={events.reload} />
      )}
      {events.data && items.length === 0 && <EmptyState>{t.cases.timeline.empty}</EmptyState>}
      {items.length > 0 && (
        <ol className="mp-timeline">
          {items.map((e) => (
            <TimelineItem key={e.id} event={e} />
          ))}
        </ol>
      )}
    </Section>
  );
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function TimelineItem({ event: e }: { event: CaseEvent }) {
  const { t, dateTime, date } = useI18n();
  const tl = t.cases.timeline;
  const route = text(e.detail.route);
  const destination = text(e.detail.destination);
  const day = text(e.detail.date);
  const filename = text(e.detail.filename);
  const facts: { key: string; label: string; value: string }[] = [
    ...(route ? [{ key: 'route', label: tl.route, value: t.cases.routes[route] ?? route }] : []),
    ...(destination ? [{ key: 'destination', label: tl.destination, value: destination }] : []),
    ...(day ? [{ key: 'date', label: tl.firstContactOn, value: date(day) }] : []),
    ...(filename ? [{ key: 'file', label: tl.document, value: filename }] : []),
    ...(e.reason ? [{ key: 'reason', label: tl.reason, value: e.reason }] : []),
  ];
  return (
    <li className="mp-timeline__item">
      <p className="mp-timeline__what">
        <strong>{tl.kinds[e.kind] ?? e.kind}</strong>
        {e.toStatus && (
          <span className="mp-timeline__status">
            {e.fromStatus ? (
              <>
                <VisuallyHidden>{tl.from} </VisuallyHidden>
                {t.cases.status(e.fromStatus)}
                <span aria-hidden="true"> → </span>
                <VisuallyHidden> {tl.to} </VisuallyHidden>
                {t.cases.status(e.toStatus)}
              </>
            ) : (
              t.cases.status(e.toStatus)
            )}
          </span>
        )}
      </p>
      <p className="mp-timeline__meta">
        <time dateTime={e.at}>{dateTime(e.at)}</time>
        {/* Limited access (a contact) gets no names: then only the date. */}
        {e.actor !== null && (
          <>
            {', '}
            {tl.by} {actorLabel(e.actor, t)}
          </>
        )}
      </p>
      {facts.length > 0 && (
        <dl className="mp-timeline__facts">
          {facts.map((f) => (
            <div key={f.key} className="mp-timeline__fact">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
