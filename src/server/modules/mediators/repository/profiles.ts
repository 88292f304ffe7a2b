import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { MediatorTarget } from '../policy.js';
import { notFound } from '../../../http/problem.js';
import { containsPattern } from '../../../db/like-pattern.js';
import { CURRENT_MEDIATOR_SQL, todayInAmsterdam } from '../../case-status/index.js';

/** The mediators' profiles: reads, the register search, locks and the commands' writes. */

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

export interface MediatorSearch {
  q?: string | undefined;
  /** Keepers search e-mail and department too; others names only, so a search cannot reveal an e-mail address. */
  searchContactDetails: boolean;
  status?: MediatorRow['status'][] | undefined;
  kind?: MediatorRow['kind'] | undefined;
  municipalityId?: string | undefined;
  specialism?: string | undefined;
  language?: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the register with the total count, sorted by name. */
export async function searchMediators(db: Kysely<DB>, poolId: string, s: MediatorSearch) {
  let query = selectMediators(db, poolId);
  if (s.q) {
    const like = containsPattern(s.q);
    query = s.searchContactDetails
      ? query.where((eb) => eb.or([eb(sql`coalesce(u.name, i.name)`, 'ilike', like), eb(sql`coalesce(u.email, i.email)`, 'ilike', like), eb('mp.department', 'ilike', like)]))
      : query.where(sql`coalesce(u.name, i.name)`, 'ilike', like);
  }
  if (s.status?.length) query = query.where('mp.status', 'in', s.status);
  if (s.kind) query = query.where('mp.kind', '=', s.kind);
  if (s.municipalityId) query = query.where('m.id', '=', s.municipalityId);
  if (s.specialism) query = query.where(sql<boolean>`${s.specialism} = ANY(mp.specialisms)`);
  if (s.language) query = query.where(sql<boolean>`${s.language} = ANY(mp.languages)`);
  const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.orderBy(sql`coalesce(u.name, i.name)`).orderBy('mp.id').limit(s.pageSize).offset((s.page - 1) * s.pageSize).execute();
  return { rows, total: Number(total.n) };
}

/** The register entry of the signed-in person, if they have one. */
export const findOwnMediator = (db: Kysely<DB>, poolId: string, userId: string) => selectMediators(db, poolId).where('mp.user_id', '=', userId).executeTakeFirst();

/**
 * A mediator's load counted as matching and pool health count it: running assignments, plus open
 * proposals (not declined) that reserve the capacity until they are answered.
 */
export async function openWork(db: Kysely<DB>, poolId: string, mediatorId: string) {
  const row = await db
    .selectNoFrom([
      sql<number>`(SELECT count(*) FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
        WHERE cm.pool_id = ${poolId} AND cm.mediator_id = ${mediatorId} AND ${CURRENT_MEDIATOR_SQL}
          AND c.status IN ('assigned', 'in_progress'))::integer`.as('cases'),
      sql<number>`(SELECT count(*) FROM proposal_mediator pm JOIN case_proposal p ON p.id = pm.proposal_id
        JOIN mediation_case c ON c.id = p.case_id
        WHERE pm.pool_id = ${poolId} AND pm.mediator_id = ${mediatorId} AND p.status = 'open' AND c.status = 'proposed'
          AND pm.answer IS DISTINCT FROM 'declined')::integer`.as('proposals'),
    ])
    .executeTakeFirstOrThrow();
  return { openCases: Number(row.cases), openProposals: Number(row.proposals) };
}

/** A municipality that is a member of the pool today (a mediator's home municipality must be one). */
export async function isCurrentMember(db: Kysely<DB>, poolId: string, municipalityId: string): Promise<boolean> {
  const today = todayInAmsterdam();
  const row = await db
    .selectFrom('pool_member')
    .select('municipality_id')
    .where('pool_id', '=', poolId)
    .where('municipality_id', '=', municipalityId)
    .where('member_since', '<=', today)
    .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** A municipality that is or was a member of the pool (a declared relationship may point at one). */
export async function isPoolMunicipality(db: Kysely<DB>, poolId: string, municipalityId: string): Promise<boolean> {
  const row = await db.selectFrom('pool_member').select('municipality_id').where('pool_id', '=', poolId).where('municipality_id', '=', municipalityId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Locks the mediator's profile row for the rest of the transaction, so two requests changing the
 * same mediator's periods cannot both pass the overlap check.
 */
export async function lockMediator(trx: Kysely<DB>, poolId: string, mediatorId: string) {
  const row = await trx.selectFrom('mediator_profile').select(['id', 'user_id', 'last_activity_at']).where('id', '=', mediatorId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

// ---------- Writes (the commands') ----------

/** The profile row, locked for a change. */
export const lockProfile = (trx: Kysely<DB>, poolId: string, mediatorId: string) =>
  trx.selectFrom('mediator_profile').selectAll().where('id', '=', mediatorId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();

export async function updateProfileColumns(trx: Kysely<DB>, poolId: string, mediatorId: string, columns: Updateable<DB['mediator_profile']>) {
  await trx.updateTable('mediator_profile').set({ ...columns, updated_at: new Date() }).where('id', '=', mediatorId).where('pool_id', '=', poolId).execute();
}

/** A mediation counts as the mediator's latest activity. */
export async function setLastActivity(trx: Kysely<DB>, mediatorId: string, at: Date) {
  await trx.updateTable('mediator_profile').set({ last_activity_at: at }).where('id', '=', mediatorId).execute();
}

export const findStatusBasis = (trx: Kysely<DB>, poolId: string, mediatorId: string) =>
  trx.selectFrom('mediator_profile').select(['status', 'status_since', 'registration_expires_on']).where('id', '=', mediatorId).where('pool_id', '=', poolId).executeTakeFirst();

/** The guarded status change: only from the status read; false when someone else changed it meanwhile. */
export async function moveStatus(trx: Kysely<DB>, poolId: string, mediatorId: string, from: MediatorRow['status'], to: MediatorRow['status'], fromDate: string): Promise<boolean> {
  const moved = await trx
    .updateTable('mediator_profile')
    .set({ status: to, status_since: fromDate, updated_at: new Date() })
    .where('id', '=', mediatorId)
    .where('pool_id', '=', poolId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

export const insertStatusChange = (trx: Kysely<DB>, row: Insertable<DB['mediator_status_change']>) =>
  trx.insertInto('mediator_status_change').values(row).returning('id').executeTakeFirstOrThrow();

export const insertProfile = (trx: Kysely<DB>, row: Insertable<DB['mediator_profile']>) => trx.insertInto('mediator_profile').values(row).returning('id').executeTakeFirstOrThrow();

/** An account of the pool, locked: it is about to get the mediator role. */
export const lockPoolAccount = (trx: Kysely<DB>, poolId: string, userId: string) =>
  trx.selectFrom('app_user').select(['id', 'municipality_id', 'roles', 'email']).where('id', '=', userId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();

/** The account's profile in this pool (one account may have a profile in several pools, ADR 0022). */
export const findProfileOfAccount = (trx: Kysely<DB>, poolId: string, userId: string) =>
  trx.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();

/** A profile waiting for the acceptance of an invitation to this address. */
export const findPendingProfileByEmail = (trx: Kysely<DB>, poolId: string, email: string) =>
  trx
    .selectFrom('mediator_profile as mp')
    .innerJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .select('mp.id')
    .where('mp.pool_id', '=', poolId)
    .where('mp.user_id', 'is', null)
    .where(sql`lower(i.email)`, '=', email)
    .executeTakeFirst();

/** The account's roles or home municipality as the registry sets them (the rest is the users module's). */
export async function updateAccount(trx: Kysely<DB>, userId: string, changes: { roles?: string[]; municipality_id?: string }) {
  await trx.updateTable('app_user').set({ ...changes, updated_at: new Date() }).where('id', '=', userId).execute();
}

export const accountMunicipality = (trx: Kysely<DB>, userId: string) => trx.selectFrom('app_user').select('municipality_id').where('id', '=', userId).executeTakeFirstOrThrow();

export const invitationOf = (trx: Kysely<DB>, invitationId: string) => trx.selectFrom('invitation').select(['municipality_id', 'name']).where('id', '=', invitationId).executeTakeFirstOrThrow();

export async function updateInvitation(trx: Kysely<DB>, invitationId: string, set: { municipality_id?: string; name?: string }) {
  await trx.updateTable('invitation').set(set).where('id', '=', invitationId).execute();
}
