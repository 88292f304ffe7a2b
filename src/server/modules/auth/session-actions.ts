import type { Actor } from '../../auth/actor.js';
import { SESSION_ACTIONS, type SessionAction } from '../../../contract/auth.js';
import { canCase } from '../cases/index.js';
import { canMediator } from '../mediators/index.js';
import { canPoolSettings } from '../pool-settings/index.js';
import { canPoolHealth } from '../pool-health/index.js';
import { canRegistryCsv } from '../registry-csv/index.js';
import { canSession } from '../sessions/index.js';
import { canMatching } from '../matching/index.js';
import { canHours } from '../hours/index.js';
import { canOutcome } from '../outcomes/index.js';
import { canSettlement } from '../settlement/index.js';
import { canReport } from '../reports/index.js';
import { canPoolBenchmark } from '../pool-benchmark/index.js';
import { canUsers } from '../users/index.js';
import { canAuditLog } from '../audit-log/index.js';
import { canProcessingRegister } from '../processing-register/index.js';
import { canMailOutbox } from '../mail-outbox/index.js';
import { canSingleSignOn } from '../single-sign-on/index.js';
import { canRetention } from '../retention/index.js';
import { canDataSubject } from '../data-subjects/index.js';
import { canEvent } from '../events/index.js';
import { canCommunity } from '../community/index.js';
import { canKnowledge } from '../knowledge-base/index.js';
import { canDiscussion } from '../case-discussion/index.js';
import { canFrontDoor } from '../front-door/index.js';
import { canLending, canLoan } from '../lending/index.js';

/**
 * The one place that turns the modules' policies into the areas a signed-in person may open: the
 * web builds its menu, start page and page guards from this list (sent with the session) instead
 * of from roles. Each entry asks the owning module's policy about the pool-wide collection.
 */
const ASKS: Record<SessionAction, (actor: Actor) => boolean> = {
  'cases.list': (a) => canCase(a, 'list', { collection: 'cases', poolId: a.poolId }),
  'cases.refer': (a) => canCase(a, 'refer', { collection: 'cases', poolId: a.poolId }),
  'cases.referAny': (a) => canCase(a, 'referForAnyMunicipality', { collection: 'cases', poolId: a.poolId }),
  'cases.triage': (a) => canCase(a, 'triage', { collection: 'cases', poolId: a.poolId }),
  'cases.oversee': (a) => canCase(a, 'overseeDeadlines', { collection: 'cases', poolId: a.poolId }),
  'registry.read': (a) => canMediator(a, 'list', { poolId: a.poolId }),
  'registry.manage': (a) => canMediator(a, 'create', { poolId: a.poolId }),
  'registry.own': (a) => canMediator(a, 'read-own', { poolId: a.poolId, userId: a.userId, municipalityId: a.municipalityId }),
  'registry.health': (a) => canPoolHealth(a, 'read', { poolId: a.poolId }),
  'registry.csv': (a) => canRegistryCsv(a, 'export', { poolId: a.poolId }),
  'pool-settings.read': (a) => canPoolSettings(a, 'read', { poolId: a.poolId }),
  'pool-settings.manage': (a) => canPoolSettings(a, 'update', { poolId: a.poolId }),
  'sessions.agreement-policy': (a) => canSession(a, 'read-agreement-policy', { kind: 'pool' }),
  'matching.tasks': (a) => canMatching(a, 'viewTasks', { kind: 'pool' }),
  'matching.batch': (a) => canMatching(a, 'batchSuggest', { kind: 'pool' }),
  'matching.weights': (a) => canMatching(a, 'viewSettings', { kind: 'pool' }),
  'hours.log': (a) => canHours(a, 'log', { kind: 'pool', poolId: a.poolId }),
  'hours.review': (a) => canHours(a, 'review', { kind: 'pool', poolId: a.poolId }),
  'outcomes.aftercare': (a) => canOutcome(a, 'list-aftercare-tasks', { kind: 'pool' }),
  'settlement.read': (a) => canSettlement(a, 'list', { kind: 'pool', poolId: a.poolId }),
  'settlement.manage': (a) => canSettlement(a, 'create', { kind: 'pool', poolId: a.poolId }),
  'reports.read': (a) => canReport(a, 'view-report', { kind: 'reports' }),
  'reports.benchmark': (a) => canReport(a, 'view-benchmark', { kind: 'reports' }),
  'pool-benchmark.read': (a) => canPoolBenchmark(a, 'view', { poolId: a.poolId }),
  'users.manage': (a) => canUsers(a, 'list', { poolId: a.poolId }),
  'audit.read': (a) => canAuditLog(a, 'list', { poolId: a.poolId }),
  'processing.manage': (a) => canProcessingRegister(a, 'list', { poolId: a.poolId }),
  'mail.read': (a) => canMailOutbox(a, 'read', { poolId: a.poolId }),
  'sso.manage': (a) => canSingleSignOn(a, 'list', { poolId: a.poolId }),
  'retention.read': (a) => canRetention(a, 'list', { poolId: a.poolId }),
  'retention.approve': (a) => canRetention(a, 'propose', { poolId: a.poolId }),
  'data-subjects.manage': (a) => canDataSubject(a, 'search', { poolId: a.poolId }),
  'events.agenda': (a) => canEvent(a, 'list', { kind: 'pool', poolId: a.poolId }),
  'community.read': (a) => canCommunity(a, 'read', { kind: 'pool', poolId: a.poolId }),
  'knowledge.read': (a) => canKnowledge(a, 'list', { kind: 'pool', isEditor: false }),
  'knowledge.editors': (a) => canKnowledge(a, 'manage-editors', { kind: 'pool', isEditor: false }),
  'discussion.read': (a) => canDiscussion(a, 'list', { kind: 'pool' }),
  'front-door.report': (a) => canFrontDoor(a, 'readReport', { poolId: a.poolId }),
  'lending.agreements': (a) => canLending(a, 'list', { poolId: a.poolId }),
  'lending.loans': (a) => canLoan(a, 'read', { borrowingPoolId: a.poolId }),
};

/** The areas this actor may open, in the contract's order. */
export const sessionActions = (actor: Actor): SessionAction[] =>
  // A session that must take the second step or enrol first may open nothing yet (ADR 0015).
  actor.secondFactorPending ? [] : SESSION_ACTIONS.filter((action) => ASKS[action](actor));
