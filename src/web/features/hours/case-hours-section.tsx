import { getCaseHours } from '../../api/hours.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { useHourActions } from './hour-actions.js';
import { HourEntriesTable } from './hour-entries-table.js';
import { HoursTotals } from './hours-totals.js';
import './hours.css';

/**
 * The hours on a case (its mediators and the coordinator): every entry with its state and
 * corrections, the totals, and the changes each user may make: edit or delete own open hours,
 * correct approved hours, and for the coordinator withdraw an approval or a rejection.
 */
export function CaseHoursSection({ caseId, open = false }: { caseId: string; /** The case is still open: hours may be logged on it. */ open?: boolean }) {
  const { t } = useI18n();
  const h = t.hours.caseHours;
  const hours = useQuery((signal) => getCaseHours(caseId, signal), [caseId]);
  const hourActions = useHourActions(hours.reload);

  return (
    <Section id="case-hours" title={h.title}>
      <Paragraph>{h.intro}</Paragraph>
      {open && hours.data?.allowedActions.includes('log') && (
        <Paragraph>
          <ButtonLink to={`/uren?zaak=${encodeURIComponent(caseId)}`} appearance="primary">
            {h.logForCase}
          </ButtonLink>
        </Paragraph>
      )}
      {hours.data?.allowedActions.includes('review') && (
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
          <HourEntriesTable
            id="case-hours-table"
            caption={h.caption}
            entries={hours.data.items}
            second={{ label: h.mediator, value: (e) => e.mediator.name }}
            correctionsBelow
            actions={hourActions.actions}
          />
          <HoursTotals totals={hours.data.totals} />
        </>
      )}
      {hourActions.dialogs}
    </Section>
  );
}
