import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { canSession } from '../policy.js';
import { casesMediatedBy, endedSessionsWithoutHours, plannedSessionsBetween } from '../repository.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The start page's sessions of the coming seven days (mediator): the planned sessions of the cases
 * one mediates now, the first first. The same sessions the mediator's calendar feed lists.
 */
export async function sessionsThisWeek(db: Kysely<DB>, actor: Actor, now = new Date()): Promise<WorkList> {
  ensureCan(canSession, actor, 'use-calendar-feed', { kind: 'pool' }, 'collection');
  const caseIds = await casesMediatedBy(db, actor.poolId, actor.userId);
  const { rows, counted } = await plannedSessionsBetween(db, actor.poolId, caseIds, now, new Date(now.getTime() + WEEK_MS), WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'session' as const,
      caseId: r.case_id,
      title: r.number,
      detail: r.location ?? r.online_url,
      state: null,
      at: r.starts_at.toISOString(),
      atKind: 'on' as const,
    })),
  };
}

/** How far back a session without hours is still brought up: a month. */
const LOOK_BACK_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The start page's "Gesprekken zonder uren" (mediator): sessions of the cases one mediates now that
 * ended in the last month and on whose day one logged no hours on the case, the latest first.
 */
export async function sessionsWithoutHours(db: Kysely<DB>, actor: Actor, now = new Date()): Promise<WorkList> {
  ensureCan(canSession, actor, 'use-calendar-feed', { kind: 'pool' }, 'collection');
  const caseIds = await casesMediatedBy(db, actor.poolId, actor.userId);
  const { rows, counted } = await endedSessionsWithoutHours(db, actor.poolId, actor.userId, caseIds, new Date(now.getTime() - LOOK_BACK_MS), now, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({ id: r.id, kind: 'session' as const, caseId: r.case_id, title: r.number, detail: null, state: null, at: r.starts_at.toISOString(), atKind: 'on' as const })),
  };
}
