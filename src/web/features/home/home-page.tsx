import { Link } from 'react-router';
import { daysBetween, isoDateInZone } from '../../../domain/calendar/iso-date.js';
import { ROLES, type Role } from '../../../domain/roles.js';
import { getMyWork, type WorkItem, type WorkSection, type WorkSectionKey } from '../../api/workspace.js';
import { useBranding } from '../../app/branding.js';
import { visibleNavItems } from '../../app/navigation.js';
import { useCurrentSession } from '../../app/session.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { VisuallyHidden } from '../../components/visually-hidden.js';
import { useQuery } from '../../hooks/use-query.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import './home.css';

/** Where each section's full list is. */
const ALL_OF: Record<WorkSectionKey, string> = {
  triage: '/zaken?status=registered,triage&sorteren=aangemeld-oud',
  matching: '/zaken?status=matching&sorteren=aangemeld-oud',
  proposals: '/zaken?status=proposed&sorteren=aangemeld-oud',
  loanRequests: '/uitlenen/verzoeken',
  deadlines: '/zaken?sorteren=termijn',
  approveHours: '/uren/goedkeuren',
  aftercare: '/nazorg',
  answerProposals: '/taken',
  sessionsThisWeek: '/zaken',
  logHours: '/uren',
  correctHours: '/uren',
  myAftercare: '/nazorg',
  openPolls: '/community/intervisie',
  upcomingEvents: '/community/agenda',
  municipalityCases: '/zaken',
  draftSettlements: '/verrekening',
  settleablePeriods: '/verrekening',
  withoutActiveMediator: '/register/gezondheid',
  dormantMediators: '/register/gezondheid',
  upkeepAtRisk: '/register/gezondheid',
  mailFailures: '/beheer/e-mail',
};

/** Where one item's work is done. */
function itemLink(item: WorkItem, section: WorkSectionKey): string {
  switch (item.kind) {
    case 'task':
      return `/taken/${item.id}`;
    case 'hour':
      return section === 'approveHours' ? '/uren/goedkeuren' : '/uren';
    case 'session':
      // A session without hours: the hours form with that case chosen.
      if (section === 'logHours' && item.caseId) return `/uren?zaak=${encodeURIComponent(item.caseId)}`;
      return item.caseId ? `/zaken/${item.caseId}` : '/zaken';
    case 'settlement':
      return `/verrekening/${item.id}`;
    case 'period':
      return '/verrekening';
    case 'municipality':
      return `/register/gemeenten/${item.id}`;
    case 'mediator':
      return `/register/mediators/${item.id}`;
    case 'mail':
      return '/beheer/e-mail';
    case 'poll':
      return `/datumprikkers/${item.id}`;
    case 'event':
      return `/community/agenda/${item.id}`;
    case 'meeting':
      return `/community/intervisie/${item.id}`;
    case 'loan':
      return '/uitlenen/verzoeken';
    default:
      return item.caseId ? `/zaken/${item.caseId}` : '/zaken';
  }
}

const isDateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function WorkItemLine({ item, section, today }: { item: WorkItem; section: WorkSectionKey; today: string }) {
  const { t, locale } = useI18n();
  const w = t.workspace;
  const day = item.at ? (isDateOnly(item.at) ? item.at : isoDateInZone(new Date(item.at))) : null;
  let when: string | null = null;
  if (item.at && day) {
    if (item.atKind === 'since') when = w.waitingFor(daysBetween(day, today));
    else if (item.atKind === 'due') when = w.dueOn(formatDate(day, locale), daysBetween(today, day));
    else when = w.on(isDateOnly(item.at) ? formatDate(item.at, locale) : formatDateTime(item.at, locale));
  }
  let state: string | null = null;
  if (item.state) {
    if (item.kind === 'case') state = t.cases.status(item.state);
    else if (item.kind === 'period') state = w.entries(item.state);
    else if (item.kind === 'hour' && item.state !== 'rejected') state = t.hours.activities[item.state as keyof typeof t.hours.activities] ?? item.state;
    else if (item.kind !== 'mail') state = w.states[item.state] ?? null;
  }
  return (
    <li className="mp-work-item">
      <Link to={itemLink(item, section)} className="mp-work-item__link">
        {item.title}
        {item.detail && <span className="mp-work-item__detail"> — {item.detail}</span>}
      </Link>
      {(state || when) && <span className="mp-work-item__meta">{[state, when].filter(Boolean).join(' · ')}</span>}
    </li>
  );
}

function WorkSectionPart({ section, today }: { section: WorkSection; today: string }) {
  const { t } = useI18n();
  const w = t.workspace;
  const name = w.sections[section.key];
  const id = `werk-${section.role}-${section.key}`;
  const count = w.count(section.total, section.totalCapped);
  return (
    <section className="mp-work-section" aria-labelledby={id} data-section={section.key}>
      <h3 className="utrecht-heading-3 mp-work-section__title" id={id}>
        {name} <span className="mp-work-section__count">({count})</span>
      </h3>
      {section.total === 0 ? (
        <p className="utrecht-paragraph mp-work-section__empty">{w.empty[section.key] ?? w.nothing}</p>
      ) : (
        <>
          <ul className="mp-work-list">
            {section.items.map((item) => (
              <WorkItemLine key={`${item.kind}-${item.id}-${item.at ?? ''}`} item={item} section={section.key} today={today} />
            ))}
          </ul>
          {(section.totalCapped || section.total > section.items.length) && <p className="utrecht-paragraph mp-work-section__note">{w.shownOf(section.items.length, count)}</p>}
        </>
      )}
      <p className="utrecht-paragraph mp-work-section__all">
        <Link to={ALL_OF[section.key]}>
          {w.showAll}
          <VisuallyHidden>{w.showAllOf(name)}</VisuallyHidden>
        </Link>
      </p>
    </section>
  );
}

export function HomePage() {
  const { t } = useI18n();
  const w = t.workspace;
  const { name: poolName } = useBranding();
  const { user, allowedActions } = useCurrentSession();
  const work = useQuery((signal) => getMyWork(signal), []);
  const roles = ROLES.filter((r) => user.roles.includes(r));
  const tasks = visibleNavItems(allowedActions).filter((item) => item.to !== '/');
  const sectionsOf = (role: Role) => work.data?.sections.filter((s) => s.role === role) ?? [];

  return (
    <Page title={w.title}>
      <Paragraph lead>
        {w.welcome(user.name)} {w.intro(poolName)}
        {user.municipalityName && <> {w.municipality(user.municipalityName)}</>}
      </Paragraph>

      {roles.length === 0 && <Paragraph>{w.noRoles}</Paragraph>}
      {work.error !== undefined ? (
        <LoadFailed error={work.error} onRetry={work.reload} />
      ) : !work.data ? (
        <Loading label={w.loading} />
      ) : (
        roles
          .filter((role) => sectionsOf(role).length > 0)
          .map((role) => (
            <Section key={role} id={`werk-${role}`} title={w.roleHeading(t.roles[role])} className="mp-work-role">
              <div className="mp-work-grid">
                {sectionsOf(role).map((s) => (
                  <WorkSectionPart key={s.key} section={s} today={work.data!.today} />
                ))}
              </div>
            </Section>
          ))
      )}

      <Section id="home-tasks" title={w.otherTasks}>
        <ul className="mp-task-list">
          {tasks.map((item) => (
            <li key={item.to} className="mp-task-list__item">
              <Link to={item.to} className="mp-task-link">
                <span className="mp-task-link__title">{item.label(t)}</span>
                {item.description && <span className="mp-task-link__text">{item.description(t)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
