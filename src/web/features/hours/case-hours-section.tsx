import type { HourEntry } from '../../api/hours.js';
import { getCaseHours } from '../../api/hours.js';
import { useCurrentSession } from '../../app/session.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { shortDate } from './duration.js';
import { useHourActions } from './hour-actions.js';
import { HourState } from './hour-state.js';
import { HoursTotals } from './hours-totals.js';
import './hours.css';

/** Originals in date order, each followed by its corrections, so the history of an entry reads down. */
export function withCorrectionsBelow(items: readonly HourEntry[]): HourEntry[] {
  const originals = items.filter((e) => e.correctsId === null);
  const placed = new Set<string>();
  const out: HourEntry[] = [];
  for (const o of originals) {
    out.push(o);
    for (const c of items.filter((e) => e.correctsId === o.id)) {
      out.push(c);
      placed.add(c.id);
    }
  }
  return [...out, ...items.filter((e) => e.correctsId !== null && !placed.has(e.id))];
}

/**
 * The hours on a case (its mediators and the coordinator): every entry with its state and
 * corrections, the totals, and the changes each user may make: edit or delete own open hours,
 * correct approved hours, and for the coordinator withdraw an approval or a rejection.
 */
export function CaseHoursSection({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const { user } = useCurrentSession();
  const h = t.hours.caseHours;
  const m = t.hours.month;
  const hours = useQuery((signal) => getCaseHours(caseId, signal), [caseId]);
  const hourActions = useHourActions(hours.reload);

  return (
    <Section id="case-hours" title={h.title}>
      <Paragraph>{h.intro}</Paragraph>
      {user.roles.includes('coordinator') && (
        <Paragraph>
          <AppLink to="/uren/goedkeuren">{h.toApproval}</AppLink>
        </Paragraph>
      )}
      {hourActions.notice}
      {hours.error ? (
        <LoadFailed error={hours.error} onRetry={hours.reload} />
      ) : !hours.data ? (
        <Loading />
      ) : hours.data.items.length === 0 ? (
        <EmptyState>{h.empty}</EmptyState>
      ) : (
        <>
          <Table id="case-hours-table" caption={h.caption}>
            <THead>
              <Th>{m.date}</Th>
              <Th>{h.mediator}</Th>
              <Th>{m.activity}</Th>
              <Th className="mp-num">{m.time}</Th>
              <Th className="mp-num">{m.km}</Th>
              <Th>{m.status}</Th>
              <Th>{m.note}</Th>
              <Th>{t.common.actions}</Th>
            </THead>
            <TBody>
              {withCorrectionsBelow(hours.data.items).map((e) => (
                <Tr key={e.id}>
                  <Td className={e.correctsId ? 'mp-hours-correction-date' : undefined}>
                    {e.correctsId && <span aria-hidden="true">↳ </span>}
                    {shortDate(e.date, locale)}
                  </Td>
                  <Td>{e.mediator.name}</Td>
                  <Td>{t.hours.activities[e.activity]}</Td>
                  <Td className="mp-num">{t.hours.duration(e.minutes)}</Td>
                  <Td className="mp-num">{e.travelKm ?? ''}</Td>
                  <Td>
                    <HourState entry={e} />
                  </Td>
                  <Td>{e.note ?? ''}</Td>
                  <Td>{hourActions.actions(e)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <HoursTotals totals={hours.data.totals} />
        </>
      )}
      {hourActions.dialogs}
    </Section>
  );
}
