import { getMyHours } from '../../api/hours.js';
import { Button } from '../../components/button.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { monthName, shiftMonth } from './duration.js';
import { useHourActions } from './hour-actions.js';
import { HourEntriesTable } from './hour-entries-table.js';
import { HoursTotals } from './hours-totals.js';

/**
 * The mediator's own hours of one month, with a month switcher and the totals. Open hours are
 * edited or deleted in place; approved hours get a correction.
 */
export function MyMonth({ month, onMonth, version }: { month: string; onMonth(month: string): void; version: number }) {
  const { t, locale } = useI18n();
  const m = t.hours.month;
  const query = useQuery((signal) => getMyHours(month, signal), [month, version]);
  const name = monthName(month, locale);
  const hourActions = useHourActions(query.reload);

  return (
    <Section id="hours-month" title={m.title}>
      <nav className="mp-month-switch" aria-label={m.label}>
        <Button onClick={() => onMonth(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹ </span>
          {m.previous}
        </Button>
        <span className="mp-month-switch__name" aria-live="polite">
          {name}
        </span>
        <Button onClick={() => onMonth(shiftMonth(month, 1))}>
          {m.next}
          <span aria-hidden="true"> ›</span>
        </Button>
      </nav>
      {hourActions.notice}
      {query.error ? (
        <LoadFailed error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <>
          {query.data.items.length === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <HourEntriesTable
              id="hours-month-table"
              caption={m.caption(name)}
              entries={query.data.items}
              second={{ label: m.case, value: (e) => e.caseNumber }}
              actions={hourActions.actions}
            />
          )}
          <HoursTotals totals={query.data.totals} />
        </>
      )}
      {hourActions.dialogs}
    </Section>
  );
}
