import type { ClockState } from '../../../domain/calendar/clock-state.js';
import { listCases } from '../../api/cases.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { ClockBadge } from './components/case-badges.js';
import { CLOCK_SLUGS } from './case-list-query.js';

const SHOWN = 5;

/** For coordinators: the cases whose next deadline has passed or is near, most urgent first. */
export function DeadlineDashboard() {
  const { t } = useI18n();
  return (
    <Section id="case-dashboard" title={t.cases.dashboard.heading} className="mp-case-dashboard">
      <Paragraph>{t.cases.dashboard.intro}</Paragraph>
      <div className="mp-case-dashboard__columns">
        <DeadlineList state="overdue" title={t.cases.dashboard.overdue} none={t.cases.dashboard.noneOverdue} />
        <DeadlineList state="due_soon" title={t.cases.dashboard.dueSoon} none={t.cases.dashboard.noneDueSoon} />
      </div>
    </Section>
  );
}

function DeadlineList({ state, title, none }: { state: ClockState; title: string; none: string }) {
  const { t, date } = useI18n();
  const cases = useQuery((signal) => listCases({ clockState: state, sort: 'nextDue', direction: 'asc', pageSize: SHOWN }, signal), []);
  const headingId = `case-dashboard-${state}`;
  return (
    <section className="mp-case-dashboard__list" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {title}
        {cases.data ? ` (${cases.data.total})` : ''}
      </Heading>
      {cases.loading && !cases.data && <Loading />}
      {cases.error !== undefined && (
        <LoadFailed error={cases.error} onRetry={cases.reload} />
      )}
      {cases.data && cases.data.items.length === 0 && <EmptyState>{none}</EmptyState>}
      {cases.data && cases.data.items.length > 0 && (
        <>
          <ul className="mp-case-dashboard__items">
            {cases.data.items.map((c) => (
              <li key={c.id} className="mp-case-dashboard__item">
                <AppLink to={`/zaken/${c.id}`}>
                  {c.number}: {c.title}
                </AppLink>
                <span className="mp-cell-note">
                  {c.requestingMunicipality.name}
                  {c.nextDueOn ? `, ${t.cases.dashboard.dueOn(date(c.nextDueOn))}` : ''}
                </span>
                {c.clockState && <ClockBadge state={c.clockState} />}
              </li>
            ))}
          </ul>
          {cases.data.total > SHOWN && (
            <Paragraph>
              <AppLink to={`/zaken?termijn=${CLOCK_SLUGS[state]}&sorteren=termijn`}>{t.cases.dashboard.showAll(cases.data.total, title)}</AppLink>
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}
