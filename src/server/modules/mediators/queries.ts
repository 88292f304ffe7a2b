import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediatorTarget } from './policy.js';

/**
 * Mediator profiles of one pool with name, e-mail and home municipality. An invited mediator who
 * has not accepted yet has no account: those come from the invitation then.
 */
export const selectMediators = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('mediator_profile as mp')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .leftJoin('municipality as m', (join) => join.on(sql<boolean>`m.id = coalesce(u.municipality_id, i.municipality_id)`))
    .where('mp.pool_id', '=', poolId)
    .select([
      'mp.id',
      'mp.user_id',
      'mp.invitation_id',
      'mp.department',
      'mp.kind',
      'mp.status',
      'mp.status_since',
      'mp.specialisms',
      'mp.languages',
      'mp.mfn_register_number',
      'mp.registration_expires_on',
      'mp.upkeep_cycle_start',
      'mp.max_concurrent_cases',
      'mp.hours_per_month',
      'mp.last_activity_at',
      'mp.created_at',
      'mp.updated_at',
      sql<string>`coalesce(u.name, i.name)`.as('name'),
      sql<string>`coalesce(u.email, i.email)`.as('email'),
      'm.id as municipality_id',
      'm.code as municipality_code',
      'm.name as municipality_name',
      'u.active as user_active',
      'i.expires_at as invitation_expires_at',
      'i.revoked_at as invitation_revoked_at',
    ]);

export type MediatorRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectMediators>['executeTakeFirst']>>>;

export const findMediator = (db: Kysely<DB>, poolId: string, mediatorId: string) => selectMediators(db, poolId).where('mp.id', '=', mediatorId).executeTakeFirst();

export const targetOf = (row: Pick<MediatorRow, 'user_id' | 'municipality_id'>, poolId: string): MediatorTarget => ({
  poolId,
  userId: row.user_id,
  municipalityId: row.municipality_id,
});

/** The policy target of a mediator in the pool, or undefined (which the caller answers with 404). */
export async function findMediatorTarget(db: Kysely<DB>, poolId: string, mediatorId: string): Promise<MediatorTarget | undefined> {
  const row = await db
    .selectFrom('mediator_profile as mp')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .select(['mp.user_id', sql<string | null>`coalesce(u.municipality_id, i.municipality_id)`.as('municipality_id')])
    .where('mp.pool_id', '=', poolId)
    .where('mp.id', '=', mediatorId)
    .executeTakeFirst();
  return row ? targetOf(row, poolId) : undefined;
}

export const statusHistory = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db
    .selectFrom('mediator_status_change as h')
    .leftJoin('app_user as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.status', 'h.from_date', 'h.note', 'h.changed_at', 'u.name as changed_by_name'])
    .where('h.pool_id', '=', poolId)
    .where('h.mediator_id', '=', mediatorId)
    .orderBy('h.from_date', 'desc')
    .orderBy('h.changed_at', 'desc')
    .execute();
