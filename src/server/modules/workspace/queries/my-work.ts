import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hasRole, type Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { addDays } from '../../../../domain/calendar/iso-date.js';
import type { Role } from '../../../../domain/roles.js';
import { WORK_SECTION_ITEMS, type MyWork, type WorkList, type WorkSection, type WorkSectionKey } from '../../../../contract/workspace.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { caseWork } from '../../cases/index.js';
import { myTaskWork, poolProposalWork } from '../../matching/index.js';
import { approvalWork, rejectedHoursWork } from '../../hours/index.js';
import { sessionsThisWeek, sessionsWithoutHours } from '../../sessions/index.js';
import { pollsAwaitingAnswer } from '../../polls/index.js';
import { upcomingEventWork, UPCOMING_WEEKS } from '../../events/index.js';
import { upcomingMeetingWork } from '../../community/index.js';
import { aftercareWork } from '../../outcomes/index.js';
import { draftSettlementWork, settleablePeriodWork } from '../../settlement/index.js';
import { poolHealthWork } from '../../pool-health/index.js';
import { mailFailureWork } from '../../mail-outbox/index.js';
import { waitingLoanRequests } from '../../lending/index.js';
import { canWorkspace } from '../policy.js';

/** "This week": today and the six days after it. */
const WEEK_DAYS = 6;

const section = (role: Role, key: WorkSectionKey, list: WorkList): WorkSection => ({ key, role, ...list });

/**
 * "Komende bijeenkomsten": the pool's events in the coming weeks (registered, waiting, or open to
 * register) and the meetings of the person's own intervision groups with a fixed date, soonest
 * first; the count is both together.
 */
async function upcomingEvents(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  const now = new Date();
  const until = new Date(now.getTime() + UPCOMING_WEEKS * 7 * 86_400_000);
  const [events, meetings] = await Promise.all([upcomingEventWork(db, actor, now, until, WORK_SECTION_ITEMS), upcomingMeetingWork(db, actor, now, until, WORK_SECTION_ITEMS)]);
  const items = [...events.items, ...meetings.items].sort((a, b) => a.at.localeCompare(b.at)).slice(0, WORK_SECTION_ITEMS);
  return { total: events.total + meetings.total, totalCapped: false, items };
}

/**
 * The start page: per role the actor has, that role's work, each section asked of the module that
 * owns it (through its index), whose policy decides what this person may see. A person with
 * several roles gets each role's sections, in the order of the roles below.
 */
export async function getMyWork(db: Kysely<DB>, actor: Actor): Promise<MyWork> {
  ensureCan(canWorkspace, actor, 'read', { userId: actor.userId, poolId: actor.poolId });
  const today = todayInAmsterdam();
  const weekEnd = addDays(today, WEEK_DAYS);
  const sections: WorkSection[] = [];

  if (hasRole(actor, 'coordinator')) {
    const role = 'coordinator';
    sections.push(
      section(role, 'triage', await caseWork(db, actor, { status: ['registered', 'triage'], order: 'waiting' })),
      section(role, 'matching', await caseWork(db, actor, { status: ['matching'], order: 'waiting' })),
      section(role, 'proposals', await poolProposalWork(db, actor)),
      section(role, 'loanRequests', await waitingLoanRequests(db, actor)),
      section(role, 'deadlines', await caseWork(db, actor, { dueBy: weekEnd, order: 'due' })),
      section(role, 'approveHours', await approvalWork(db, actor)),
      section(role, 'aftercare', await aftercareWork(db, actor, 'pool', weekEnd)),
    );
    // A coordinator who also mediates finds these under "Als mediator".
    if (!hasRole(actor, 'mediator')) sections.push(section(role, 'openPolls', await pollsAwaitingAnswer(db, actor)), section(role, 'upcomingEvents', await upcomingEvents(db, actor)));
  }
  if (hasRole(actor, 'mediator')) {
    const role = 'mediator';
    sections.push(
      section(role, 'answerProposals', await myTaskWork(db, actor)),
      section(role, 'sessionsThisWeek', await sessionsThisWeek(db, actor)),
      section(role, 'logHours', await sessionsWithoutHours(db, actor)),
      section(role, 'correctHours', await rejectedHoursWork(db, actor)),
      section(role, 'myAftercare', await aftercareWork(db, actor, 'own', weekEnd)),
      section(role, 'openPolls', await pollsAwaitingAnswer(db, actor)),
      section(role, 'upcomingEvents', await upcomingEvents(db, actor)),
    );
  }
  if (hasRole(actor, 'contact') && actor.municipalityId) {
    const role = 'contact';
    const openStatuses = ['registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress', 'concluded', 'aftercare'] as const;
    sections.push(section(role, 'municipalityCases', await caseWork(db, actor, { status: [...openStatuses], municipalityId: actor.municipalityId, order: 'newest' })));
  }
  if (hasRole(actor, 'finance')) {
    const role = 'finance';
    sections.push(section(role, 'draftSettlements', await draftSettlementWork(db, actor)), section(role, 'settleablePeriods', await settleablePeriodWork(db, actor)));
  }
  if (hasRole(actor, 'admin')) {
    const role = 'admin';
    const health = await poolHealthWork(db, actor);
    sections.push(
      section(role, 'withoutActiveMediator', health.withoutActiveMediator),
      section(role, 'dormantMediators', health.dormantMediators),
      section(role, 'upkeepAtRisk', health.upkeepAtRisk),
      section(role, 'mailFailures', await mailFailureWork(db, actor)),
    );
  }
  return { today, sections };
}
