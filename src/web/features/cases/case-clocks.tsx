import type { CaseClock, CaseDetail } from '../../api/cases.js';
import { Paragraph } from '../../components/heading.js';
import { EmptyState } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useI18n } from '../../i18n/i18n.js';
import { ClockBadge } from './components/case-badges.js';

/** Working days since referral and every deadline of the case: due date and how it stands. */
export function CaseClocks({ detail }: { detail: CaseDetail }) {
  const { t, date } = useI18n();
  const d = t.cases.detail;
  return (
    <Section id="case-clocks" title={d.clocksHeading}>
      <Paragraph>{d.workingDays(detail.workingDaysSinceReferral)}</Paragraph>
      {detail.clocks.length === 0 ? (
        <EmptyState>{d.clocksEmpty}</EmptyState>
      ) : (
        <ul className="mp-clock-list" aria-label={d.clocksCaption}>
          {detail.clocks.map((c) => (
            <li key={c.key} className="mp-clock-list__item">
              <span className="mp-clock-list__name">{t.cases.clockLabels[c.key] ?? c.label}</span>
              <span className="mp-clock-list__due">{d.clockDue(date(c.dueOn))}</span>
              <ClockStanding clock={c} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ClockStanding({ clock }: { clock: CaseClock }) {
  const { t, date } = useI18n();
  const d = t.cases.detail;
  switch (clock.status) {
    case 'running':
      return clock.state ? <ClockBadge state={clock.state} {...(clock.workingDaysLeft !== null ? { extra: d.clockLeft(clock.workingDaysLeft) } : {})} /> : null;
    case 'met':
      return <StatusBadge tone="success">{d.clockMet(date(clock.completedOn ?? clock.dueOn))}</StatusBadge>;
    case 'missed':
      return <StatusBadge tone="danger">{clock.completedOn ? d.clockLate(date(clock.completedOn)) : d.clockMissed}</StatusBadge>;
    case 'stopped':
      return <StatusBadge tone="inactive">{d.clockStopped}</StatusBadge>;
  }
}
