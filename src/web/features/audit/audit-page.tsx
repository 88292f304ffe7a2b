import { listAuditEvents, type AuditQuery } from '../../api/admin.js';
import type { AuditEvent, AuditResult } from '../../api/types.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { endOfAmsterdamDay, isIsoDay, startOfAmsterdamDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Messages } from '../../i18n/nl.js';
import { AUDIT_FILTERS, AuditFilters, isAuditResult } from './audit-filters.js';
import { describeAuditAction, describeAuditObject } from './audit-words.js';
import { actorLabel } from '../../i18n/actor-label.js';
import { STANDARD_ACTIVITIES, isStandardActivityCode } from '../../../domain/processing/activities.js';

/** The register's name of an activity (the register is the pool's Dutch document); an own activity by its code. */
const activityName = (code: string) => (isStandardActivityCode(code) ? STANDARD_ACTIVITIES[code].name : code);

const PAGE_SIZE = 50;
const resultTone: Record<AuditResult, BadgeTone> = { success: 'success', denied: 'warning', failure: 'danger' };

export function AuditPage() {
  const { t, dateTime } = useI18n();
  const filters = useUrlFilters(AUDIT_FILTERS);
  const v = filters.values;

  const query: AuditQuery = {
    page: filters.page,
    pageSize: PAGE_SIZE,
    ...(v.handeling ? { action: v.handeling } : {}),
    ...(v.object ? { objectType: v.object } : {}),
    ...(v.wie ? { actor: v.wie } : {}),
    ...(isAuditResult(v.resultaat) ? { result: v.resultaat } : {}),
    ...(isIsoDay(v.van) ? { from: startOfAmsterdamDay(v.van) } : {}),
    ...(isIsoDay(v.tot) ? { to: endOfAmsterdamDay(v.tot) } : {}),
  };
  const events = useQuery((signal) => listAuditEvents(query, signal), [filters.key]);

  return (
    <Page title={t.audit.title}>
      <Paragraph lead>{t.audit.intro}</Paragraph>
      <AuditFilters initial={v} onApply={filters.setFilters} />

      {events.loading && <Loading />}
      {events.error !== undefined && (
        <LoadFailed error={events.error} onRetry={events.reload} />
      )}
      {events.data && events.data.items.length === 0 && <EmptyState>{t.audit.empty}</EmptyState>}
      {events.data && events.data.items.length > 0 && (
        <>
          <Table id="audit-table" caption={t.audit.caption(events.data.total, events.data.totalCapped)}>
            <THead>
              <Th>{t.audit.columns.at}</Th>
              <Th>{t.audit.columns.actor}</Th>
              <Th>{t.audit.columns.action}</Th>
              <Th>{t.audit.columns.object}</Th>
              <Th>{t.audit.columns.result}</Th>
              <Th>{t.audit.columns.details}</Th>
            </THead>
            <TBody>
              {events.data.items.map((event) => (
                <Tr key={event.id}>
                  <Td className="mp-nowrap">{dateTime(event.at)}</Td>
                  <Td className="mp-break">{actorLabel(event.actorLabel, t)}</Td>
                  <Td>{describeAuditAction(event.action, t.audit)}</Td>
                  <Td>{describeAuditObject(event.action, event.objectType, t.audit)}</Td>
                  <Td>
                    <StatusBadge tone={resultTone[event.result] ?? 'neutral'}>{t.audit.results[event.result] ?? event.result}</StatusBadge>
                  </Td>
                  <Td>
                    <AuditDetails event={event} t={t} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} totalCapped={events.data.totalCapped} onPage={filters.setPage} />
        </>
      )}
    </Page>
  );
}

function AuditDetails({ event, t }: { event: AuditEvent; t: Messages }) {
  const hasDetail = Object.keys(event.detail).length > 0;
  return (
    <details className="mp-details">
      <summary className="mp-details__summary">{t.audit.detailsSummary}</summary>
      <dl className="mp-details__list">
        <dt>{t.audit.actionCode}</dt>
        <dd>
          <code className="utrecht-code mp-break">{event.action}</code>
        </dd>
        {event.objectId && (
          <>
            <dt>{t.audit.objectId}</dt>
            <dd>
              <code className="utrecht-code mp-break">{event.objectId}</code>
            </dd>
          </>
        )}
        {event.purpose && (
          <>
            <dt>{t.audit.purpose}</dt>
            <dd>{event.purpose}</dd>
          </>
        )}
        {event.activity && (
          <>
            <dt>{t.audit.activity}</dt>
            <dd>{activityName(event.activity)}</dd>
          </>
        )}
        {event.subjectType && event.subjectId && (
          <>
            <dt>{t.audit.subject}</dt>
            <dd>
              {t.audit.objectTypes[event.subjectType] ?? event.subjectType} <code className="utrecht-code mp-break">{event.subjectId}</code>
            </dd>
          </>
        )}
        {event.origin && (
          <>
            <dt>{t.audit.origin}</dt>
            <dd>{event.origin}</dd>
          </>
        )}
        {event.requestId && (
          <>
            <dt>{t.audit.requestId}</dt>
            <dd>
              <code className="utrecht-code mp-break">{event.requestId}</code>
            </dd>
          </>
        )}
        {event.traceId && (
          <>
            <dt>{t.audit.traceId}</dt>
            <dd>
              <code className="utrecht-code mp-break">{event.traceId}</code>
            </dd>
          </>
        )}
      </dl>
      {hasDetail && <pre className="utrecht-code-block mp-pre">{JSON.stringify(event.detail, null, 2)}</pre>}
    </details>
  );
}
