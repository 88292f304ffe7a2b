import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DEFAULT_LEAD_AFTER_CO_MEDIATIONS } from '../../../domain/community-events/lead-suggestion.js';

/** All of the growth module's SQL. */

/** The current mediators of a case with their role and name. */
export const caseMediators = (db: Kysely<DB>, caseId: string) =>
  db
    .selectFrom('case_mediator as cm')
    .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .select(['cm.mediator_id', 'cm.role', 'mp.user_id', sql<string>`coalesce(u.name, i.name, '')`.as('name')])
    .where('cm.case_id', '=', caseId)
    .where('cm.released_at', 'is', null)
    .execute();

export const caseReviews = (db: Kysely<DB>, caseId: string) =>
  db
    .selectFrom('co_mediation_review as r')
    .innerJoin('app_user as u', 'u.id', 'r.written_by')
    .select(['r.co_mediator_id', 'r.positive', 'r.review', 'r.written_at', 'u.name as written_by'])
    .where('r.case_id', '=', caseId)
    .execute();

export const insertReview = (trx: Kysely<DB>, row: Insertable<DB['co_mediation_review']>) =>
  trx.insertInto('co_mediation_review').values(row).onConflict((oc) => oc.columns(['case_id', 'co_mediator_id']).doNothing()).returning('id').executeTakeFirst();

export const leadThreshold = async (db: Kysely<DB>, poolId: string) =>
  (await db.selectFrom('pool_settings').select('lead_after_co_mediations').where('pool_id', '=', poolId).executeTakeFirst())?.lead_after_co_mediations ??
  DEFAULT_LEAD_AFTER_CO_MEDIATIONS;

export const mediatorStanding = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db.selectFrom('mediator_profile').select(['id', 'status', 'user_id']).where('id', '=', mediatorId).where('pool_id', '=', poolId).executeTakeFirst();

/** The mediator's co-mediations (current on the case) with the lead's name and the review. */
export const coMediationsOf = (db: Kysely<DB>, mediatorId: string) =>
  db
    .selectFrom('case_mediator as cm')
    .innerJoin('mediation_case as c', 'c.id', 'cm.case_id')
    .leftJoin('co_mediation_review as r', (j) => j.onRef('r.case_id', '=', 'cm.case_id').onRef('r.co_mediator_id', '=', 'cm.mediator_id'))
    .leftJoin('app_user as w', 'w.id', 'r.written_by')
    .select([
      'c.id as case_id',
      'c.number',
      sql<string>`(cm.assigned_at AT TIME ZONE 'Europe/Amsterdam')::date::text`.as('assigned_on'),
      sql<string | null>`(SELECT u.name FROM case_mediator l JOIN mediator_profile lp ON lp.id = l.mediator_id JOIN app_user u ON u.id = lp.user_id
        WHERE l.case_id = cm.case_id AND l.role = 'lead' AND l.released_at IS NULL LIMIT 1)`.as('lead_name'),
      'r.positive',
      'r.review',
      'r.written_at',
      'w.name as written_by',
    ])
    .where('cm.mediator_id', '=', mediatorId)
    .where('cm.role', '=', 'co')
    .where('cm.released_at', 'is', null)
    .orderBy('cm.assigned_at', 'desc')
    .execute();

export const countLeadMediations = async (db: Kysely<DB>, mediatorId: string) =>
  (
    await db
      .selectFrom('case_mediator')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('mediator_id', '=', mediatorId)
      .where('role', '=', 'lead')
      .where('released_at', 'is', null)
      .executeTakeFirstOrThrow()
  ).n;

export const countPositiveReviews = async (db: Kysely<DB>, mediatorId: string) =>
  (await db.selectFrom('co_mediation_review').select(sql<number>`count(*)::int`.as('n')).where('co_mediator_id', '=', mediatorId).where('positive', '=', true).executeTakeFirstOrThrow()).n;

export const decisionsOf = (db: Kysely<DB>, mediatorId: string) =>
  db
    .selectFrom('lead_status_decision as d')
    .innerJoin('app_user as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.decision', 'd.positive_reviews', 'd.note', 'd.decided_at', 'u.name as decided_by'])
    .where('d.mediator_id', '=', mediatorId)
    .orderBy('d.decided_at', 'desc')
    .execute();

export const insertDecision = (trx: Kysely<DB>, row: Insertable<DB['lead_status_decision']>) =>
  trx.insertInto('lead_status_decision').values(row).returning('id').executeTakeFirstOrThrow();

/** Lock the profile while deciding, so two coordinators deciding at once take turns. */
export const lockProfile = (trx: Kysely<DB>, poolId: string, mediatorId: string) =>
  trx.selectFrom('mediator_profile').select('id').where('id', '=', mediatorId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
